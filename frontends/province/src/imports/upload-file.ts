import type { Client } from 'urql';
import { graphql } from '../gql';

const BeginUploadMutation = graphql(`
  mutation BeginUpload($kind: String!, $fileName: String!, $sizeBytes: Float!) {
    beginUpload(kind: $kind, fileName: $fileName, sizeBytes: $sizeBytes) { id }
  }
`);

const UploadChunkMutation = graphql(`
  mutation UploadChunk($id: ID!, $offset: Float!, $base64: String!) {
    uploadChunk(id: $id, offset: $offset, base64: $base64) { received }
  }
`);

const CHUNK = 768 * 1024;

function toBase64(bytes: ArrayBuffer): string {
  let binary = '';
  const view = new Uint8Array(bytes);
  for (let i = 0; i < view.length; i += 0x8000) binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
}

function readSlice(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('cannot read the file'));
    reader.readAsArrayBuffer(blob);
  });
}

/** Sends a file in ordered chunks through the gateway; reports the fraction sent. */
export async function uploadFile(client: Client, kind: string, file: File, onProgress: (fraction: number) => void): Promise<string> {
  const begun = await client.mutation(BeginUploadMutation, { kind, fileName: file.name, sizeBytes: file.size }).toPromise();
  if (!begun.data) throw new Error(begun.error?.graphQLErrors[0]?.message ?? begun.error?.message ?? 'upload failed');
  const id = begun.data.beginUpload.id;
  for (let offset = 0; offset < file.size; offset += CHUNK) {
    const bytes = await readSlice(file.slice(offset, offset + CHUNK));
    const sent = await client.mutation(UploadChunkMutation, { id, offset, base64: toBase64(bytes) }).toPromise();
    if (sent.error) throw new Error(sent.error.graphQLErrors[0]?.message ?? sent.error.message);
    onProgress(Math.min(1, (offset + bytes.byteLength) / file.size));
  }
  return id;
}
