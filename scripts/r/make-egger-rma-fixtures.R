# Reference values for Egger's test in metafor's default form (issue 19), from R's metafor 3.8.1:
# regtest(rma(yi, vi, method = ...), model = 'rma', predictor = 'sei'). Run from the project root:
#   Rscript scripts/r/make-egger-rma-fixtures.R
suppressMessages({
  library(metafor)
  library(jsonlite)
})
control <- list(threshold = 1e-14, tol = 1e-14, maxiter = 10000, stepadj = 0.5)
data(dat.bcg, package = "metadat")
bcg <- escalc(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)
cases <- list()
for (method in c("REML", "DL", "PM", "FE")) {
  fit <- rma(yi, vi, data = bcg, method = method, control = control)
  reg <- regtest(fit, model = "rma", predictor = "sei")
  cases[[length(cases) + 1]] <- list(
    dataset = "bcg", method = method,
    r = sprintf("regtest(rma(yi, vi, data = escalc('RR', ..., data = dat.bcg), method = '%s'), model = 'rma', predictor = 'sei')", method),
    yi = as.numeric(bcg$yi), vi = as.numeric(bcg$vi),
    z = reg$zval, p = reg$pval, limit = as.numeric(reg$est)
  )
}
writeLines(toJSON(cases, digits = NA, auto_unbox = TRUE, pretty = TRUE),
           file.path("src", "domain", "stats", "fixtures", "egger-rma.json"))
