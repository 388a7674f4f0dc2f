/** One target of the bench and whether this run met it, for the PASS/FAIL summary. */
export interface BenchCheck {
  name: string;
  target: string;
  measured: string;
  pass: boolean;
}

export function verdict(pass: boolean): string {
  return pass ? 'PASS' : 'FAIL';
}
