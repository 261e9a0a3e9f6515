/** @jest-environment node */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { antdSubset, antdNamesInUse, antdStaticsInUse, ANTD_EAGER, SINGLETONS } = require('@retention/webpack-config') as {
  antdSubset: (dir: string) => { file: string; names: string[]; eager: string[]; deferred: string[]; version: string };
  antdNamesInUse: () => string[];
  antdStaticsInUse: (deferred: string[], workspace?: string) => Record<string, object>;
  ANTD_EAGER: string[];
  SINGLETONS: string[];
};

// B6 (issue 11 item 8): antd shared whole was 457 KB gzip before the first page; every component the workspace used, 298 KB.
describe('the antd the apps share', () => {
  const subset = antdSubset(path.resolve(__dirname, '..'));
  const text = fs.readFileSync(subset.file, 'utf8');

  it('is one singleton holding only the components the workspace imports', () => {
    expect(SINGLETONS).not.toContain('antd');
    expect(subset.names).toEqual(expect.arrayContaining(['ConfigProvider', 'Layout', 'Menu', 'Form', 'Table', 'Button']));
    expect(subset.names).not.toContain('ColorPicker');
    expect([...subset.eager, ...subset.deferred].sort()).toEqual(subset.names);
  });

  it('exports the first pages’ components as they are, and the others as stand-ins loading one chunk', () => {
    expect(text).toContain(`export { ${subset.eager.join(', ')} } from`);
    expect(subset.eager).toEqual(expect.arrayContaining(['ConfigProvider', 'Form', 'Menu', 'message']));
    expect(subset.deferred).toEqual(expect.arrayContaining(['Table', 'Select', 'Tabs', 'Modal', 'Upload']));
    for (const name of subset.deferred) expect(text).toContain(`export const ${name} = deferred("${name}", `);
    const chunk = text.match(/import\(\/\* webpackChunkName: "antd-deferred" \*\/ "\.\/(antd-deferred-[0-9a-f]{8}\.js)"\)/);
    expect(chunk).not.toBeNull();
    expect(fs.readFileSync(path.join(path.dirname(subset.file), chunk![1]), 'utf8')).toContain(`export { ${subset.deferred.join(', ')} } from`);
  });

  it('keeps every component the shell’s login page, frame and loading states draw in the first chunk', () => {
    const firstPage = ['login-page.tsx', 'language-switch.tsx', 'app-providers.tsx', 'query-state.tsx', 'remote-boundary.tsx', 'summary-table.tsx']
      .map((file) => path.join(__dirname, '..', '..', '..', 'packages', 'ui', 'src', file))
      .concat(path.join(__dirname, 'layout', 'shell-layout.tsx'), path.join(__dirname, 'shell-app.tsx'));
    for (const file of firstPage) {
      const used = [...fs.readFileSync(file, 'utf8').matchAll(/import \{([^}]*)\} from 'antd'/g)].flatMap((m) => m[1].split(',').map((s) => s.trim()));
      for (const name of used) {
        expect(antdNamesInUse()).toContain(name);
        expect(subset.eager).toContain(name);
      }
    }
    expect(ANTD_EAGER).not.toContain('Table');
  });

  it('offers the component members of deferred components the workspace uses, nested', () => {
    expect(antdStaticsInUse(['Table', 'Descriptions', 'List'])).toEqual({ Table: { Summary: { Row: {}, Cell: {} } }, Descriptions: { Item: {} }, List: { Item: { Meta: {} } } });
  });

  it('stops the build when a deferred component’s function member is used, saying where', () => {
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'antd-statics-'));
    fs.mkdirSync(path.join(workspace, 'frontends', 'app', 'src'), { recursive: true });
    fs.writeFileSync(path.join(workspace, 'frontends', 'app', 'src', 'page.tsx'), "import { Modal } from 'antd';\nexport const ask = () => Modal.confirm({ title: 'x' });\n");
    expect(() => antdStaticsInUse(['Modal'], workspace)).toThrow(/frontends\/app\/src\/page\.tsx uses Modal\.confirm: Modal is loaded when first drawn/);
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('is versioned by its text, so apps built from other sources fail loudly instead of missing a component', () => {
    expect(subset.version).toMatch(/^5\.\d+\.\d+-workspace\.[0-9a-f]{8}$/);
  });
});
