/** @jest-environment node */
import path from 'path';
import { expectFreshGeneratedTypes } from '@retention/jest-config/codegen';

it('commits GraphQL types generated from the current api-schema.graphql and documents', async () => {
  await expectFreshGeneratedTypes(path.resolve(__dirname, '..'));
});
