import { createContext, useContext } from 'react';

/** A file's bytes as base64, for the CSV/XLSX import mutations (sign-in sheets, staff lists). */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export const newKey = () => `${Date.now()}-${Math.random().toString(36).slice(2)}`;

/** Where the training app is mounted (/training inside the shell, / standalone): links to a trainee's history page. */
export const TrainingBase = createContext<string>('');

export function useTraineePath(): (staffId: string) => string {
  const base = useContext(TrainingBase);
  return (staffId: string) => `${base}/staff/${staffId}`;
}
