/** Code examples of the rule docs, as the docs test and the secrets test read them. */

export interface Example {
  kind: 'incorrect' | 'correct';
  language: 'js' | 'ts';
  code: string;
  line: number;
}

/** Fenced js/ts blocks under the nearest heading that says ❌ Incorrect or ✅ Correct. */
export function extractExamples(markdown: string): Example[] {
  const examples: Example[] = [];
  const lines = markdown.split('\n');
  let kind: Example['kind'] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.startsWith('#')) {
      kind = line.includes('❌ Incorrect') ? 'incorrect' : line.includes('✅ Correct') ? 'correct' : undefined;
      continue;
    }
    const fence = /^```(\w+)\s*$/.exec(line);
    if (!fence) continue;
    const body: string[] = [];
    const start = i + 1;
    for (i++; i < lines.length && !lines[i]?.startsWith('```'); i++) body.push(lines[i] ?? '');
    const language = fence[1] === 'ts' || fence[1] === 'typescript' ? 'ts' : fence[1] === 'js' || fence[1] === 'javascript' ? 'js' : undefined;
    if (kind && language) examples.push({ kind, language, code: body.join('\n'), line: start });
  }
  return examples;
}
