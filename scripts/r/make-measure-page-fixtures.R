# Pooled, back-transformed reference values for the analysis page's further measures (issue 19), from R's
# metafor 3.8.1, plus the CSVs the browser spec imports. Run from the project root:
#   Rscript scripts/r/make-measure-page-fixtures.R   Each case names its R call.
suppressMessages({
  library(metafor)
  library(jsonlite)
})
data(dat.molloy2014, package = "metadat")
data(dat.pritz1997, package = "metadat")
data(dat.bcg, package = "metadat")
data(dat.nielweise2008, package = "metadat")
out <- list()

# The whole pooled result, as the analysis page shows it: on the analysis scale (rma, REML, z test) and shown back
# with the measure's back-transform (predict(fit, transf = ...)), prediction interval included.
pooled <- function(fit, shown) list(
  estimate = fit$b[[1]], ciLower = fit$ci.lb, ciUpper = fit$ci.ub, se = fit$se, pValue = fit$pval,
  tau2 = fit$tau2, i2 = fit$I2, q = fit$QE, k = fit$k,
  piLower = predict(fit)$pi.lb, piUpper = predict(fit)$pi.ub,
  shown = list(estimate = shown$pred, ciLower = shown$ci.lb, ciUpper = shown$ci.ub, piLower = shown$pi.lb, piUpper = shown$pi.ub)
)
# metafor stops REML when tau^2 changes by less than 1e-5 (control threshold), so its tau^2 can be 1e-4 from the
# maximum in relative terms; the app iterates further. `converged` is the same fit run to threshold 1e-12, to compare
# with at a relative tolerance; `pooled` is the fit as metafor prints it by default.
converged <- function(fit, show) {
  tight <- update(fit, control = list(threshold = 1e-12, maxiter = 1000))
  pooled(tight, show(tight))
}

# Correlations: pooled on Fisher's z, shown as r.
es <- escalc("ZCOR", ri = ri, ni = ni, data = dat.molloy2014)
fit <- rma(yi, vi, data = es)
p <- predict(fit, transf = transf.ztor)
out$zcor <- list(
  r = 'predict(rma(yi, vi, data = escalc("ZCOR", ri = ri, ni = ni, data = dat.molloy2014)), transf = transf.ztor)',
  z = fit$b[[1]], zLower = fit$ci.lb, zUpper = fit$ci.ub, tau2 = fit$tau2,
  estimate = p$pred, ciLower = p$ci.lb, ciUpper = p$ci.ub,
  pooled = pooled(fit, p), converged = converged(fit, function(f) predict(f, transf = transf.ztor))
)
write.csv(data.frame(study = paste(dat.molloy2014$authors, dat.molloy2014$year), ri = dat.molloy2014$ri, ni = dat.molloy2014$ni),
  file.path("tests", "fixtures", "molloy2014-correlations.csv"), row.names = FALSE)

# Proportions: logit (PLO) shown back with transf.ilogit; Freeman-Tukey (PFT) with transf.ipft.hm (harmonic mean of ni).
es <- escalc("PLO", xi = xi, ni = ni, data = dat.pritz1997)
fit <- rma(yi, vi, data = es)
p <- predict(fit, transf = transf.ilogit)
out$plo <- list(
  r = 'predict(rma(yi, vi, data = escalc("PLO", xi = xi, ni = ni, data = dat.pritz1997)), transf = transf.ilogit)',
  logit = fit$b[[1]], estimate = p$pred, ciLower = p$ci.lb, ciUpper = p$ci.ub,
  pooled = pooled(fit, p), converged = converged(fit, function(f) predict(f, transf = transf.ilogit))
)
es <- escalc("PFT", xi = xi, ni = ni, data = dat.pritz1997)
fit <- rma(yi, vi, data = es)
p <- predict(fit, transf = transf.ipft.hm, targs = list(ni = dat.pritz1997$ni))
out$pft <- list(
  r = 'predict(rma(yi, vi, data = escalc("PFT", xi = xi, ni = ni, data = dat.pritz1997)), transf = transf.ipft.hm, targs = list(ni = dat.pritz1997$ni))',
  freemanTukey = fit$b[[1]], ni = I(dat.pritz1997$ni), estimate = p$pred, ciLower = p$ci.lb, ciUpper = p$ci.ub,
  pooled = pooled(fit, p),
  converged = converged(fit, function(f) predict(f, transf = transf.ipft.hm, targs = list(ni = dat.pritz1997$ni)))
)
write.csv(data.frame(study = dat.pritz1997$authors, xi = dat.pritz1997$xi, ni = dat.pritz1997$ni),
  file.path("tests", "fixtures", "pritz1997-proportions.csv"), row.names = FALSE)

# Risk difference from the 2x2 counts of dat.bcg (tests/fixtures/bcg-counts.csv, made by make-analysis-fixtures.R):
# a difference, so shown as it is pooled.
es <- escalc("RD", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)
fit <- rma(yi, vi, data = es)
out$rd <- list(
  r = 'rma(yi, vi, data = escalc("RD", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg))',
  pooled = pooled(fit, predict(fit)), converged = converged(fit, predict)
)

# Incidence rate ratio from events and person-time per arm: pooled as log IRR, shown back with exp.
es <- escalc("IRR", x1i = x1i, t1i = t1i, x2i = x2i, t2i = t2i, data = dat.nielweise2008)
fit <- rma(yi, vi, data = es)
p <- predict(fit, transf = exp)
out$irr <- list(
  r = 'predict(rma(yi, vi, data = escalc("IRR", x1i = x1i, t1i = t1i, x2i = x2i, t2i = t2i, data = dat.nielweise2008)), transf = exp)',
  pooled = pooled(fit, p), converged = converged(fit, function(f) predict(f, transf = exp))
)
write.csv(data.frame(study = dat.nielweise2008$authors, year = dat.nielweise2008$year, x1i = dat.nielweise2008$x1i,
  t1i = dat.nielweise2008$t1i, x2i = dat.nielweise2008$x2i, t2i = dat.nielweise2008$t2i),
  file.path("tests", "fixtures", "nielweise2008-rates.csv"), row.names = FALSE)

writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE),
  file.path("src", "domain", "stats", "fixtures", "measure-page.json"))
