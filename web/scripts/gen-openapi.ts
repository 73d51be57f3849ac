// npm run openapi: writes src/api/openapi.gen.ts from docs/openapi.json.
import { writeFileSync } from 'node:fs';
import { GENERATED, generateTypes } from './openapi-types';

writeFileSync(GENERATED, await generateTypes());
process.stdout.write(`wrote ${GENERATED}\n`);
