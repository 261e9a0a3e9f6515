// Stand-ins for the antd components no first page draws (see ANTD_EAGER in index.js). Each one
// loads one shared chunk of those components the first time any of them is drawn. They are
// built from the same webpack runtime as the shared antd module, so they use its ConfigProvider
// context and style cache: one locale, one theme.
// CommonJS like the rest of this package, so jest can load it as it is.
const { createElement, forwardRef, lazy, Suspense, useState } = require('react');

/** Components that wrap the element they decorate: while loading, that element is shown as it is. */
const WRAPPERS = new Set(['Badge', 'Dropdown', 'Popconfirm', 'Popover', 'Upload']);
/** Components that fill a block of the page: while loading, a spinner holds their place. */
const BLOCKS = new Set(['Descriptions', 'List', 'Table', 'Tabs', 'Timeline', 'Tree']);

function pick(chunk, path) {
  return path.reduce((value, key) => value[key], chunk);
}

/**
 * @param {() => Promise<Record<string, unknown>>} load  imports the chunk of deferred components
 * @param {import('react').ComponentType<object>} Spin  the eager spinner, for blocks
 */
function deferredAntd(load, Spin) {
  let loaded = null;
  let pending = null;
  const loadOnce = () => (pending ??= load().then((chunk) => (loaded = chunk)));

  function fallbackFor(name) {
    if (WRAPPERS.has(name)) return (props) => props.children ?? null;
    if (BLOCKS.has(name)) return () => createElement('div', { style: { padding: 24, textAlign: 'center' } }, createElement(Spin));
    return () => null;
  }

  /**
   * @param {string[]} path      ['Table'] or, for a static member, ['Table', 'Summary', 'Row']
   * @param {Record<string, object>} statics  the component members the workspace uses, nested
   */
  function component(path, statics = {}) {
    const Lazy = lazy(() => loadOnce().then((chunk) => ({ default: pick(chunk, path) })));
    const fallback = path.length === 1 ? fallbackFor(path[0]) : () => null;
    const Deferred = forwardRef(function Deferred(props, ref) {
      // Drawn once loaded, an instance uses the component itself; drawn before, it stays behind
      // its Suspense for good, since switching would remount it and lose its state.
      const [ready] = useState(() => loaded !== null);
      if (ready) return createElement(pick(loaded, path), { ...props, ref });
      return createElement(Suspense, { fallback: fallback(props) }, createElement(Lazy, { ...props, ref }));
    });
    Deferred.displayName = `Deferred(${path.join('.')})`;
    for (const [key, members] of Object.entries(statics)) Deferred[key] = component([...path, key], members);
    return Deferred;
  }

  return (name, statics) => component([name], statics);
}

module.exports = { deferredAntd };
