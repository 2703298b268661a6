# Pooled, back-transformed reference values for the analysis page's further measures (issue 19), from R's
# metafor 3.8.1, plus the CSVs the browser spec imports. Run from the project root:
#   Rscript scripts/r/make-measure-page-fixtures.R   Each case names its R call.
suppressMessages({
  library(metafor)
  library(jsonlite)
})
data(dat.molloy2014, package = "metadat")
data(dat.pritz1997, package = "metadat")
out <- list()

# Correlations: pooled on Fisher's z, shown as r.
es <- escalc("ZCOR", ri = ri, ni = ni, data = dat.molloy2014)
fit <- rma(yi, vi, data = es)
p <- predict(fit, transf = transf.ztor)
out$zcor <- list(
  r = 'predict(rma(yi, vi, data = escalc("ZCOR", ri = ri, ni = ni, data = dat.molloy2014)), transf = transf.ztor)',
  z = fit$b[[1]], zLower = fit$ci.lb, zUpper = fit$ci.ub, tau2 = fit$tau2,
  estimate = p$pred, ciLower = p$ci.lb, ciUpper = p$ci.ub
)
write.csv(data.frame(study = paste(dat.molloy2014$authors, dat.molloy2014$year), ri = dat.molloy2014$ri, ni = dat.molloy2014$ni),
  file.path("tests", "fixtures", "molloy2014-correlations.csv"), row.names = FALSE)

# Proportions: logit (PLO) shown back with transf.ilogit; Freeman-Tukey (PFT) with transf.ipft.hm (harmonic mean of ni).
es <- escalc("PLO", xi = xi, ni = ni, data = dat.pritz1997)
fit <- rma(yi, vi, data = es)
p <- predict(fit, transf = transf.ilogit)
out$plo <- list(
  r = 'predict(rma(yi, vi, data = escalc("PLO", xi = xi, ni = ni, data = dat.pritz1997)), transf = transf.ilogit)',
  logit = fit$b[[1]], estimate = p$pred, ciLower = p$ci.lb, ciUpper = p$ci.ub
)
es <- escalc("PFT", xi = xi, ni = ni, data = dat.pritz1997)
fit <- rma(yi, vi, data = es)
p <- predict(fit, transf = transf.ipft.hm, targs = list(ni = dat.pritz1997$ni))
out$pft <- list(
  r = 'predict(rma(yi, vi, data = escalc("PFT", xi = xi, ni = ni, data = dat.pritz1997)), transf = transf.ipft.hm, targs = list(ni = dat.pritz1997$ni))',
  freemanTukey = fit$b[[1]], ni = I(dat.pritz1997$ni), estimate = p$pred, ciLower = p$ci.lb, ciUpper = p$ci.ub
)
write.csv(data.frame(study = dat.pritz1997$authors, xi = dat.pritz1997$xi, ni = dat.pritz1997$ni),
  file.path("tests", "fixtures", "pritz1997-proportions.csv"), row.names = FALSE)

writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE),
  file.path("src", "domain", "stats", "fixtures", "measure-page.json"))
