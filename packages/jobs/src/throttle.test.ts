import { throttle } from './throttle';

afterEach(() => jest.useRealTimers());

it('writes the first value at once, then at most once per interval, and the last one on flush', async () => {
  jest.useFakeTimers({ now: 1_000_000 });
  const written: number[] = [];
  const t = throttle<number>(async (v) => void written.push(v), 500);
  t.push(1);
  t.push(2);
  t.push(3);
  jest.setSystemTime(1_000_600);
  t.push(4);
  t.push(5);
  await t.flush();
  expect(written).toEqual([1, 4, 5]);
});

it('writes nothing more on flush when the last value was written', async () => {
  const written: string[] = [];
  const t = throttle<string>(async (v) => void written.push(v), 500);
  t.push('only');
  await t.flush();
  await t.flush();
  expect(written).toEqual(['only']);
});

it('keeps writing in order after a failed write', async () => {
  jest.useFakeTimers({ now: 0 });
  const written: number[] = [];
  const t = throttle<number>(async (v) => {
    if (v === 1) throw new Error('database away');
    written.push(v);
  }, 10);
  t.push(1);
  jest.setSystemTime(20);
  t.push(2);
  t.push(3);
  await t.flush();
  expect(written).toEqual([2, 3]);
});
