declare module 'edtf' {
  interface Bitmask {
    value: number;
  }
  interface ExtDate {
    min: number;
    max: number;
    type: string;
    precision?: number;
    uncertain?: Bitmask;
    approximate?: Bitmask;
  }
  export default function edtf(text: string): ExtDate;
}
