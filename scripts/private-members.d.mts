/** The private member names of the classes in `src/` that no other property, string or template shares. */
export function privateMembers(): string[];
/** Whether `code` (a bundled library's module) uses `name` as a property. */
export function usedOutside(code: string, name: string): boolean;
