import { describe, expect, it } from 'vitest';

import { biencoderConfigSchema, parseBiencoderConfig } from './biencoder-config';

describe('parseBiencoderConfig', () => {
  it('fills the calibrated defaults, from {} or null', () => {
    const defaults = { template: '{label}', scale: 18, bias: 0.14, centre: true };
    expect(parseBiencoderConfig({})).toEqual(defaults);
    expect(parseBiencoderConfig(null)).toEqual(defaults);
    expect(parseBiencoderConfig({ bias: 0.2 })).toEqual({ ...defaults, bias: 0.2 });
  });

  it('round-trips through JSON, as it does through a ModelVersion.config column', () => {
    const config = parseBiencoderConfig({ template: 'This is {label}.', scale: 15 });
    expect(biencoderConfigSchema.parse(JSON.parse(JSON.stringify(config)))).toEqual(config);
  });

  it('names the bad field', () => {
    expect(() => parseBiencoderConfig({ scale: 'big' })).toThrow(/scale/);
    expect(() => parseBiencoderConfig({ bias: 5 })).toThrow(/bias/);
  });
});
