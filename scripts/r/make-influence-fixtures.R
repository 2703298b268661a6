# Reference values for influence diagnostics (issue 19), from R's metafor 3.8.1:
# influence(rma(yi, vi, method = ...)). Run from the project root:
#   Rscript scripts/r/make-influence-fixtures.R
# Each case names its R call. src/domain/stats/influence-diagnostics.test.ts checks the engine against it.
suppressMessages({
  library(metafor)
  library(jsonlite)
})
control <- list(threshold = 1e-14, tol = 1e-14, maxiter = 10000, stepadj = 0.5)
out_dir <- file.path("src", "domain", "stats", "fixtures")

data(dat.bcg, package = "metadat")
bcg <- escalc(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)
datasets <- list(
  list(name = "bcg", call = "escalc('RR', ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)", d = bcg)
)
cases <- list()
for (set in datasets) {
  for (method in c("REML", "DL", "PM", "FE")) {
    fit <- rma(yi, vi, data = set$d, method = method, control = control)
    inf <- influence(fit)
    cases[[length(cases) + 1]] <- list(
      dataset = set$name, method = method,
      r = sprintf("influence(rma(yi, vi, data = %s, method = '%s'))", set$call, method),
      yi = as.numeric(set$d$yi), vi = as.numeric(set$d$vi),
      rstudent = inf$inf$rstudent, dffits = inf$inf$dffits, cookD = inf$inf$cook.d,
      covR = inf$inf$cov.r, tau2Del = inf$inf$tau2.del, qeDel = inf$inf$QE.del,
      hat = inf$inf$hat, weight = inf$inf$weight, dfbetas = as.numeric(inf$dfbs[[1]]),
      inf = as.logical(inf$is.infl)
    )
  }
}
writeLines(toJSON(cases, digits = NA, auto_unbox = TRUE, pretty = TRUE),
           file.path(out_dir, "influence.json"))
