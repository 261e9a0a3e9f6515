import { CsvRecordSplitter, MalformedCsvError } from './csv-records';

/** Feeds `text` in pieces of `size` characters and returns [line, fields] per record. */
function split(text: string, size: number): [number, string[]][] {
  const records: [number, string[]][] = [];
  const splitter = new CsvRecordSplitter();
  const onRecord = (fields: string[], line: number) => records.push([line, fields]);
  for (let i = 0; i < text.length; i += size) splitter.feed(text.slice(i, i + size), onRecord);
  splitter.end(onRecord);
  return records;
}

const text = 'a,b,c\r\n1,"x, y",3\n\n2,"say ""hi""",""\n3,"two\nlines",z\n4,,last';

it.each([1, 2, 3, 7, 1000])('splits quoted, CRLF and multi-line records the same in chunks of %i', (size) => {
  expect(split(text, size)).toEqual([
    [1, ['a', 'b', 'c']],
    [2, ['1', 'x, y', '3']],
    [4, ['2', 'say "hi"', '']],
    [5, ['3', 'two\nlines', 'z']],
    [7, ['4', '', 'last']],
  ]);
});

it('hands quote-free lines to the plain-line reader first', () => {
  const plain: number[] = [];
  const split: number[] = [];
  const splitter = new CsvRecordSplitter((line, n) => line.startsWith('ok') && plain.push(n) > 0);
  splitter.feed('ok,1\nno,2\n"ok",3\n', (_f, n) => split.push(n));
  splitter.end(() => undefined);
  expect([plain, split]).toEqual([[1], [2, 3]]);
});

it('reports a quoted field that never closes with the line it starts on', () => {
  expect(() => split('a,b\n1,"open\n2,3\n', 4)).toThrow(MalformedCsvError);
  expect(() => split('a,b\n1,"open\n2,3\n', 4)).toThrow('line 2:');
});

it('stops at a record longer than MAX_RECORD_CHARS instead of re-reading an ever longer carry', () => {
  const splitter = new CsvRecordSplitter();
  const chunk = `"${'x'.repeat(64 * 1024)}`;
  let error: unknown;
  try {
    splitter.feed('a,b\n', () => undefined);
    for (let i = 0; i < 64; i++) splitter.feed(i === 0 ? chunk : chunk.slice(1), () => undefined);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(MalformedCsvError);
  expect(error).toMatchObject({ line: 2, tooLong: true });
  expect((error as Error).message).toMatch(/^line 2: the record is longer than 1048576 characters/);
});
