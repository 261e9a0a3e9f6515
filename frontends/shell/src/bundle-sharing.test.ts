/** @jest-environment node */
import fs from 'node:fs';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { antdSubset, antdNamesInUse, SINGLETONS } = require('@retention/webpack-config') as {
  antdSubset: (dir: string) => { file: string; names: string[]; version: string };
  antdNamesInUse: () => string[];
  SINGLETONS: string[];
};

// B6 (issue 11 item 8): antd shared whole was 457 KB gzip before the first page.
describe('the antd the apps share', () => {
  const subset = antdSubset(path.resolve(__dirname, '..'));

  it('is one singleton holding only the components the workspace imports', () => {
    expect(SINGLETONS).not.toContain('antd');
    expect(subset.names).toEqual(expect.arrayContaining(['ConfigProvider', 'Layout', 'Menu', 'Form', 'Table', 'Button']));
    expect(subset.names).not.toContain('ColorPicker');
    expect(fs.readFileSync(subset.file, 'utf8')).toContain(`export { ${subset.names.join(', ')} }`);
  });

  it('finds this very shell’s imports, so a component used anywhere is in it', () => {
    const layout = fs.readFileSync(path.join(__dirname, 'layout', 'shell-layout.tsx'), 'utf8');
    const used = [...layout.matchAll(/import \{([^}]*)\} from 'antd'/g)].flatMap((m) => m[1].split(',').map((s) => s.trim()));
    for (const name of used) expect(antdNamesInUse()).toContain(name);
  });

  it('is versioned by its list, so apps built from other sources fail loudly instead of missing a component', () => {
    expect(subset.version).toMatch(/^5\.\d+\.\d+-workspace\.[0-9a-f]{8}$/);
  });
});
