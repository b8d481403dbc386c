// @vitest-environment jsdom
// The page's inputs share one copy of MUI's auto-fill keyframes: a form of many inputs does not
// insert a <style> tag per input while React commits it (docs/decisions/0134).
import { render, screen } from '@testing-library/react';
import TextField from '@mui/material/TextField';
import { ThemeProviders } from './providers.tsx';

const rules = () =>
  [...document.querySelectorAll('style')].flatMap((s) =>
    [...(s.sheet?.cssRules ?? [])].map((r) => r.cssText),
  );

/** The names of the @keyframes rules on the page while `inputs` text fields are rendered. */
function keyframesWith(inputs: number): string[] {
  const { unmount } = render(
    <ThemeProviders>
      {Array.from({ length: inputs }, (_, i) => (
        <TextField key={i} label={`Field ${i}`} />
      ))}
    </ThemeProviders>,
  );
  expect(screen.getAllByRole('textbox')).toHaveLength(inputs);
  const names = rules()
    .map((r) => /^@keyframes ([\w-]+)/.exec(r)?.[1])
    .filter((name) => name !== undefined);
  // InputBase's own rule that starts the animation when the browser autofills the input.
  expect(rules().join('\n')).toMatch(/:-webkit-autofill[^}]*animation-name: mui-auto-fill/);
  unmount();
  return names;
}

test('ten inputs add the auto-fill keyframes once, as one input does', () => {
  const one = keyframesWith(1);
  expect(new Set(one)).toEqual(new Set(['mui-auto-fill', 'mui-auto-fill-cancel']));
  // Before, each input added its own copy: ten times as many rules.
  expect(keyframesWith(10)).toEqual(one);
});
