import { reachOf, type Capability, type Reach } from '@retention/domain';
import { useSession } from './session';

/**
 * How far the signed-in user reaches with `capability` (GRANTS in @retention/domain), or
 * null: a page asks only for what the role may read and leaves out the rest.
 */
export function useReach(capability: Capability): Reach | null {
  const { user } = useSession();
  return user ? reachOf(user.role, capability) : null;
}

export function useCan(capability: Capability): boolean {
  return useReach(capability) !== null;
}
