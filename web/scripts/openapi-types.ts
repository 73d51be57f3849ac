// The dashboard's API types, generated from the published OpenAPI document (docs/openapi.json),
// so that the server's document and the dashboard's types have one source.
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

export const DOCUMENT = fileURLToPath(new URL('../../docs/openapi.json', import.meta.url));
export const GENERATED = fileURLToPath(new URL('../src/api/openapi.gen.ts', import.meta.url));

const HEADER = `/**
 * Generated from docs/openapi.json by \`npm run openapi\` (openapi-typescript). Do not edit:
 * change the API, refresh the document, and generate again.
 */

`;

export async function generateTypes(): Promise<string> {
  const ast = await openapiTS(pathToFileURL(DOCUMENT), { alphabetize: true });
  return HEADER + astToString(ast);
}
