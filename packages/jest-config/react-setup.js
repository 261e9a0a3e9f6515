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
