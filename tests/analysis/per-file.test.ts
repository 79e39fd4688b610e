import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { getImportedModuleNames, importsAnyModule, toModuleSet } from '../../src/analysis/modules';
import { perFile } from '../../src/analysis/per-file';
import { getFileCalls } from '../../src/analysis/servers';
import { mentions, mentionsName } from '../../src/analysis/text';
import { withSourceCode } from './parse';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** After the current job: V8 keeps a `WeakRef`'s target alive until the job that made it ends. */
async function collectedAfterJob(ref: WeakRef<object>): Promise<boolean> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  collectGarbage();
  return ref.deref() === undefined;
}

describe('perFile', () => {
  it('works a value out once per file and keeps each file\'s own', () => {
    let computed = 0;
    const lengths = perFile((sourceCode) => ({ length: sourceCode.text.length, order: ++computed }));
    const [first, again] = withSourceCode('a();', (sourceCode) => [lengths.get(sourceCode), lengths.get(sourceCode)]);
    expect(first).toEqual({ length: 4, order: 1 });
    expect(again).toBe(first);
    const second = withSourceCode('other();', (sourceCode) => [lengths.get(sourceCode), lengths.get(sourceCode)]);
    expect(second).toEqual([{ length: 8, order: 2 }, { length: 8, order: 2 }]);
    expect(computed).toBe(2);
  });
});

describe('what the rules share per file', () => {
  const code = "const express = require('express');\nconst app = express();\napp.listen(3000);";

  it('is dropped with the file: nothing keeps its tree once ESLint lets go of it', async () => {
    const tree = withSourceCode(code, (sourceCode) => {
      // Every shared cache is filled for this file.
      expect(getFileCalls(sourceCode)).toHaveLength(3);
      expect(importsAnyModule(sourceCode, toModuleSet(['express']))).toBe(true);
      expect(getImportedModuleNames(sourceCode)).toEqual(['express']);
      expect(mentions(sourceCode, 'listen')).toBe(true);
      expect(mentionsName(sourceCode, 'app')).toBe(true);
      return new WeakRef(sourceCode.ast);
    });
    // The next file asks nothing, as when every rule skips it.
    withSourceCode('x();', () => undefined);
    expect(await collectedAfterJob(tree)).toBe(true);
  });

  it('answers a file from its own text and tree when files interleave', () => {
    const express = toModuleSet(['express']);
    const answers = (text: string): [boolean, boolean, number] =>
      withSourceCode(text, (sourceCode) => [importsAnyModule(sourceCode, express), mentions(sourceCode, 'listen'), getFileCalls(sourceCode).length]);
    expect(answers(code)).toEqual([true, true, 3]);
    expect(answers("import Koa from 'koa';\nnew Koa();")).toEqual([false, false, 0]);
    expect(answers(code)).toEqual([true, true, 3]);
  });
});
