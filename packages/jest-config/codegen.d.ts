/** What differs between what codegen would generate for the workspace and the committed files. */
export function staleGeneratedTypes(workspaceDir: string): Promise<string[]>;
/** Rejects, naming the files and the command that regenerates them, when they are not fresh. */
export function expectFreshGeneratedTypes(workspaceDir: string): Promise<void>;
