// helper shim for packages/invoice/src/utils/content.ts (not in the file store):
// isValidJSON = "does JSON.parse succeed" (what the name and its use in description.tsx imply)
export function isValidJSON(str: string) {
  try {
    JSON.parse(str);
  } catch {
    return false;
  }
  return true;
}
