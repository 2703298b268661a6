/**
 * The normal quantile for a two-sided 95% interval, R's qnorm(0.975), in full double precision. Its own module so
 * charts can use it without loading the distribution code.
 */
export const Z_95 = 1.959963984540054;
