// jsdom lacks what antd and charts expect from a browser.
require('@testing-library/jest-dom');

function patchJsdom() {
  if (!window.matchMedia) {
    window.matchMedia = (query) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    });
  }

  if (!window.ResizeObserver) {
    window.ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }

  // antd measures scrollbars through getComputedStyle with a pseudo element, which jsdom rejects.
  const getComputedStyle = window.getComputedStyle;
  window.getComputedStyle = (element) => getComputedStyle(element);
}

// A test file may choose `@jest-environment node` (the generated-types check): no window there.
if (typeof window !== 'undefined') patchJsdom();

// findBy*/waitFor give up after 1 s by default: a lazy route's first render (antd, the shared
// views) takes longer than that on a loaded 2-core CI machine. Waiting longer only changes
// how long a real failure takes to report.
// The workspace's own copy (the one its tests import), resolved from the workspace under test.
function configureTestingLibrary() {
  let path;
  try {
    path = require.resolve('@testing-library/react', { paths: [process.cwd()] });
  } catch {
    return; // a workspace without Testing Library
  }
  require(path).configure({ asyncUtilTimeout: 15000 });
}
configureTestingLibrary();
