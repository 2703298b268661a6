# Reference values for trim-and-fill (issue 19), from R's metafor 3.8.1:
# trimfill(rma(yi, vi, method = ...), estimator = ..., side = ...). Run from the project root:
#   Rscript scripts/r/make-trim-and-fill-fixtures.R
# Each case names its R call. metafor passes trimfill's `...` to every rma() it fits (the side regression, each
# trimmed fit and the filled model), so the tight `control` goes there too: otherwise REML and PM would stop at
# metafor's default tolerance (1e-5) and the fixtures would be no better than that.
suppressMessages({
  library(metafor)
  library(jsonlite)
})
control <- list(threshold = 1e-14, tol = 1e-14, maxiter = 10000, stepadj = 0.5)
out_dir <- file.path("src", "domain", "stats", "fixtures")

data(dat.hackshaw1998, dat.bcg, dat.molloy2014, dat.egger2001, package = "metadat")
# A set symmetric about 0 in values exact in binary: metafor breaks the tied |deviations| with ties.method = "first".
symmetric <- data.frame(yi = c(-1, 1, -2, 2, -3, 3) / 8, vi = c(1, 1, 2, 2, 4, 4) / 8)
datasets <- list(
  list(name = "hackshaw1998", call = "dat.hackshaw1998", d = dat.hackshaw1998),
  list(name = "bcg", call = "escalc('RR', ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)",
       d = escalc("RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)),
  list(name = "molloy2014", call = "escalc('ZCOR', ri = ri, ni = ni, data = dat.molloy2014)",
       d = escalc("ZCOR", ri = ri, ni = ni, data = dat.molloy2014)),
  list(name = "egger2001", call = "escalc('OR', ai = ai, n1i = n1i, ci = ci, n2i = n2i, data = dat.egger2001)",
       d = escalc("OR", ai = ai, n1i = n1i, ci = ci, n2i = n2i, data = dat.egger2001)),
  list(name = "symmetric", call = "data.frame(yi = c(-1, 1, -2, 2, -3, 3) / 8, vi = c(1, 1, 2, 2, 4, 4) / 8)",
       d = symmetric),
  # Two studies: the side regression exists only for FE (a line through both points).
  list(name = "two", call = "data.frame(yi = c(0.1, 0.5), vi = c(0.1, 0.2))",
       d = data.frame(yi = c(0.1, 0.5), vi = c(0.1, 0.2)))
)

one_case <- function(set, method, estimator, side, test = "z") {
  side_arg <- if (is.null(side)) "" else sprintf(", side = '%s'", side)
  test_arg <- if (test == "z") "" else sprintf(", test = '%s'", test)
  r <- sprintf("trimfill(rma(yi, vi, data = %s, method = '%s'%s), estimator = '%s'%s%s)",
               set$call, method, test_arg, estimator, side_arg, test_arg)
  fit <- rma(yi, vi, data = set$d, method = method, test = test, control = control)
  args <- list(fit, estimator = estimator, control = control)
  if (!is.null(side)) args$side <- side
  if (test != "z") args$test <- test
  out <- list(dataset = set$name, method = method, estimator = estimator,
              side = if (is.null(side)) "default" else side, test = test, r = r)
  res <- tryCatch(suppressWarnings(do.call(trimfill, args)), error = function(e) e)
  if (inherits(res, "error")) return(c(out, list(error = conditionMessage(res))))
  c(out, list(
    k0 = res$k0, k0Se = res$se.k0, k0P = res$p.k0, chosenSide = res$side,
    fillYi = I(as.numeric(res$yi[res$fill])), fillVi = I(as.numeric(res$vi[res$fill])),
    k = res$k, estimate = as.numeric(res$beta), se = res$se, ciLower = res$ci.lb, ciUpper = res$ci.ub,
    statistic = res$zval, pValue = res$pval, tau2 = res$tau2, q = res$QE
  ))
}

cases <- list()
for (set in datasets) {
  for (method in c("FE", "DL", "REML", "PM")) {
    for (estimator in c("L0", "R0", "Q0")) {
      for (side in list(NULL, "left", "right")) {
        cases[[length(cases) + 1]] <- one_case(set, method, estimator, side)
      }
    }
  }
}
# The filled model takes its test from trimfill's own argument (passed on to rma), not from the fit; when k0 = 0
# metafor returns the fit itself. The engine has one test for both, so these cases give it to both.
cases[[length(cases) + 1]] <- one_case(datasets[[1]], "REML", "L0", NULL, test = "knha")
cases[[length(cases) + 1]] <- one_case(datasets[[2]], "DL", "R0", "left", test = "knha")

output <- list(
  datasets = lapply(datasets, function(set) list(name = set$name, call = set$call,
                                                  yi = as.numeric(set$d$yi), vi = as.numeric(set$d$vi))),
  cases = cases
)
writeLines(toJSON(output, digits = NA, auto_unbox = TRUE, pretty = TRUE, na = "string"),
           file.path(out_dir, "trim-and-fill.json"))
