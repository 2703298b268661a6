# Reference values for the Q-profile intervals of tau^2, tau, I^2 and H^2 (src/domain/stats/heterogeneity-interval.ts),
# from R's metafor (Debian r-cran-metafor 3.8.1): confint(rma(yi, vi, method = ...)). Run from the project root:
#   Rscript scripts/r/make-heterogeneity-fixtures.R
# Each case names its R call. FE has no tau^2, so confint gives no heterogeneity interval for it.
suppressMessages({
  library(metafor)
  library(jsonlite)
})
control <- list(threshold = 1e-14, tol = 1e-14, maxiter = 10000, stepadj = 0.5)
out_dir <- file.path("src", "domain", "stats", "fixtures")

data(dat.bcg, package = "metadat")
bcg <- escalc(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)
data(dat.curtis1998, package = "metadat")
curtis <- escalc(measure = "SMD", m1i = m1i, sd1i = sd1i, n1i = n1i, m2i = m2i, sd2i = sd2i, n2i = n2i,
                 data = dat.curtis1998)
data(dat.normand1999, package = "metadat")
normand <- escalc(measure = "MD", m1i = m1i, sd1i = sd1i, n1i = n1i, m2i = m2i, sd2i = sd2i, n2i = n2i,
                  data = dat.normand1999)
# Four bcg trials with little spread, so Q(0) is below the chi-squared critical value and the lower bound is 0.
bcg_small <- bcg[c(1, 2, 3, 4), ]

datasets <- list(
  list(name = "bcg", call = "escalc('RR', ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)", d = bcg),
  list(name = "curtis", call = "escalc('SMD', ..., data = dat.curtis1998)", d = curtis),
  list(name = "normand", call = "escalc('MD', ..., data = dat.normand1999)", d = normand),
  list(name = "bcg-rows-1-4", call = "escalc('RR', ..., data = dat.bcg)[c(1, 2, 3, 4), ]",
       d = bcg_small)
)

cases <- list()
for (set in datasets) {
  for (method in c("DL", "REML", "PM", "ML")) {
    fit <- rma(yi, vi, data = set$d, method = method, control = control)
    ci <- confint(fit, control = list(tol = 1e-12))
    r <- ci$random
    cases[[length(cases) + 1]] <- list(
      dataset = set$name,
      method = method,
      r = sprintf("confint(rma(yi, vi, data = %s, method = '%s'))", set$call, method),
      yi = as.numeric(set$d$yi),
      vi = as.numeric(set$d$vi),
      expected = list(
        tau2 = as.numeric(fit$tau2),
        tau2Lower = r["tau^2", "ci.lb"], tau2Upper = r["tau^2", "ci.ub"],
        tauLower = r["tau", "ci.lb"], tauUpper = r["tau", "ci.ub"],
        i2 = r["I^2(%)", "estimate"], i2Lower = r["I^2(%)", "ci.lb"], i2Upper = r["I^2(%)", "ci.ub"],
        h2 = r["H^2", "estimate"], h2Lower = r["H^2", "ci.lb"], h2Upper = r["H^2", "ci.ub"],
        lowerTruncated = isTRUE(ci$lb.sign == "<") || r["tau^2", "ci.lb"] == 0,
        upperTruncated = r["tau^2", "ci.ub"] == 0
      )
    )
  }
}
write_json(list(source = "metafor 3.8.1 confint.rma.uni (Q-profile)", cases = cases),
           file.path(out_dir, "heterogeneity-interval.json"), digits = NA, auto_unbox = TRUE, pretty = TRUE)
cat("wrote", length(cases), "cases\n")
