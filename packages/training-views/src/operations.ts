import { graphql } from './gql';
import type { StaffRosterQuery as RosterData } from './gql/graphql';

export const StaffRosterQuery = graphql(`
  query StaffRoster($branchCode: String, $role: StaffRole, $contactKind: ContactKind, $active: Boolean, $search: String, $first: Int, $after: String) {
    staff(branchCode: $branchCode, role: $role, contactKind: $contactKind, active: $active, search: $search, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes { id employeeNo displayName role contactKind branchCode active hasLogin version }
    }
  }
`);

export const CreateStaffMutation = graphql(`
  mutation CreateStaff($input: CreateStaffInput!, $key: String) {
    createStaff(input: $input, idempotencyKey: $key) { id version }
  }
`);

export const UpdateStaffMutation = graphql(`
  mutation UpdateStaff($id: ID!, $version: Int!, $input: UpdateStaffInput!) {
    updateStaff(id: $id, version: $version, input: $input) { id version employeeNo displayName role contactKind branchCode active }
  }
`);

export const ImportStaffMutation = graphql(`
  mutation ImportStaff($fileName: String!, $content: String!, $dryRun: Boolean) {
    importStaff(fileName: $fileName, contentBase64: $content, dryRun: $dryRun) { imported rows created updated errors { line column code value message } }
  }
`);

export type RosterStaff = RosterData['staff']['nodes'][number];

/** Refreshes every staff list after a change (the roster, the training app's candidate search). */
export const STAFF = { additionalTypenames: ['Staff'] };

export const newKey = () => `${Date.now()}-${Math.random().toString(36).slice(2)}`;

/** A file's bytes as base64, for the staff-list import mutation. */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
