import { describe, expect, it } from 'vitest';
import { buildGliclassPrompt } from './build-gliclass-prompt';

describe('buildGliclassPrompt', () => {
  it('puts the label part before the text when prompt_first is true', () => {
    const prompt = buildGliclassPrompt('The game was great', ['label 1', 'label 2'], {
      promptFirst: true,
    });

    expect(prompt).toBe('<<LABEL>>label 1<<LABEL>>label 2<<SEP>>The game was great');
  });

  it('puts the text first, then the label part, when prompt_first is false', () => {
    const prompt = buildGliclassPrompt('The game was great', ['label 1', 'label 2'], {
      promptFirst: false,
    });

    expect(prompt).toBe('The game was great<<LABEL>>label 1<<LABEL>>label 2<<SEP>>');
  });

  it('keeps label case unless asked to lowercase, as older pipelines did', () => {
    expect(buildGliclassPrompt('x', ['Sports'], { promptFirst: true })).toBe(
      '<<LABEL>>Sports<<SEP>>x',
    );
    expect(buildGliclassPrompt('x', ['Sports'], { promptFirst: true, lowercaseLabels: true })).toBe(
      '<<LABEL>>sports<<SEP>>x',
    );
  });

  it('removes marker strings from the text and labels so they cannot shift columns', () => {
    const prompt = buildGliclassPrompt('a<<SEP>>b<<LABEL>>c', ['x<<LABEL>>y'], {
      promptFirst: true,
    });

    expect(prompt).toBe('<<LABEL>>x y<<SEP>>a b c');
  });

  it('writes just the markers for an empty text', () => {
    expect(buildGliclassPrompt('', ['a'], { promptFirst: false })).toBe('<<LABEL>>a<<SEP>>');
  });
});
