import { registerEnumType } from 'type-graphql';
import { Role } from '@retention/domain';

registerEnumType(Role, { name: 'Role', description: 'One user has one role (DOMAIN.md §1).' });

export { Role };
