import { createRef, forwardRef, type ReactNode } from 'react';
import { act, render, screen } from '@testing-library/react';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { deferredAntd } = require('@retention/webpack-config/deferred-antd.js') as {
  deferredAntd: (load: () => Promise<Record<string, unknown>>, Spin: () => ReactNode) => (name: string, statics?: object) => React.ComponentType<Record<string, unknown>> & Record<string, React.ComponentType<Record<string, unknown>>>;
};

/** A chunk as webpack would hand it over, released when the test says so. */
function chunk() {
  let release = () => undefined as void;
  const loaded = new Promise<void>((resolve) => (release = resolve));
  const Table = forwardRef<HTMLTableElement, { caption: string; children?: ReactNode }>(({ caption, children }, ref) => <table ref={ref}><caption>{caption}</caption><tbody>{children}</tbody></table>);
  const Row = ({ cell }: { cell: string }) => <tr><td>{cell}</td></tr>;
  const Badge = ({ count, children }: { count: number; children?: ReactNode }) => <span>{children}<sup>{count}</sup></span>;
  const load = jest.fn(async () => {
    await loaded;
    return { Table: Object.assign(Table, { Row }), Badge };
  });
  return { load, release: () => act(async () => release()) };
}

const Spin = () => <span>loading…</span>;

it('draws a spinner in a block’s place, then the component, with its ref and its component members', async () => {
  const { load, release } = chunk();
  const deferred = deferredAntd(load, Spin);
  const Table = deferred('Table', { Row: {} });
  const ref = createRef<HTMLTableElement>();
  render(<Table ref={ref} caption="分公司"><Table.Row cell="成都" /></Table>);
  expect(screen.getByText('loading…')).toBeInTheDocument();
  await release();
  expect(await screen.findByText('成都')).toBeInTheDocument();
  expect(ref.current?.tagName).toBe('TABLE');
  expect(screen.queryByText('loading…')).toBeNull();
});

it('shows what a wrapper decorates while it loads, and loads the chunk once for every component', async () => {
  const { load, release } = chunk();
  const deferred = deferredAntd(load, Spin);
  const Badge = deferred('Badge');
  const Table = deferred('Table', { Row: {} });
  render(<><Badge count={3}><a href="#x">审批</a></Badge><Table caption="t" /></>);
  expect(screen.getByText('审批')).toBeInTheDocument();
  expect(screen.queryByText('3')).toBeNull();
  await release();
  expect(await screen.findByText('3')).toBeInTheDocument();
  expect(load).toHaveBeenCalledTimes(1);
});

it('draws a component first met after the chunk has come at once, without a fallback', async () => {
  const { load, release } = chunk();
  const deferred = deferredAntd(load, Spin);
  const Table = deferred('Table', { Row: {} });
  const Badge = deferred('Badge');
  render(<Table caption="first" />);
  await release();
  await screen.findByText('first');
  render(<Badge count={7}><span>待办</span></Badge>);
  expect(screen.getByText('7')).toBeInTheDocument();
});
