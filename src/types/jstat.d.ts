/** The small part of jStat that Lactea uses (the package ships no types). */
declare module 'jstat' {
  interface StudentT {
    /** Quantile: the t value below which a fraction `p` of the distribution lies. */
    inv(p: number, dof: number): number;
  }
  interface JStat {
    studentt: StudentT;
  }
  const jStat: JStat;
  export default jStat;
}
