# Reference values for the three-level random-effects model (src/domain/stats/three-level.ts), from R's metafor
# (Debian r-cran-metafor 3.8.1). Run from the project root:  Rscript scripts/r/make-three-level-fixtures.R
# Each case names its R call. I^2 per level follows the metafor website's "I^2 for multilevel models" formula with
# the typical sampling variance (k - 1) / tr(P), P = W - W X (X'WX)^-1 X'W, W = diag(1 / vi).
suppressMessages({
  library(metafor)
  library(jsonlite)
})
control <- list(rel.tol = 1e-10)
out_dir <- file.path("src", "domain", "stats", "fixtures")

data(dat.konstantopoulos2011, package = "metadat")
konst <- dat.konstantopoulos2011
data(dat.assink2016, package = "metadat")
assink <- dat.assink2016

sets <- list(
  list(dataset = "konstantopoulos2011", study = konst$district, effect = konst$school, yi = konst$yi, vi = konst$vi,
       r = "rma.mv(yi, vi, random = ~ 1 | district/school, data = dat.konstantopoulos2011, method = \"REML\""),
  list(dataset = "assink2016", study = assink$study, effect = assink$esid, yi = assink$yi, vi = assink$vi,
       r = "rma.mv(yi, vi, random = ~ 1 | study/esid, data = dat.assink2016, method = \"REML\"")
)

cases <- list()
for (s in sets) {
  for (test in c("z", "t")) {
    study <- s$study
    effect <- s$effect
    yi <- s$yi
    vi <- s$vi
    fit <- rma.mv(yi, vi, random = ~ 1 | study / effect, method = "REML", test = test, control = control)
    w <- 1 / vi
    x <- matrix(1, nrow = length(yi))
    p <- diag(w) - diag(w) %*% x %*% solve(t(x) %*% diag(w) %*% x) %*% t(x) %*% diag(w)
    typical <- (fit$k - fit$p) / sum(diag(p))
    total <- sum(fit$sigma2) + typical
    cases[[length(cases) + 1]] <- list(
      dataset = s$dataset, test = test,
      r = sprintf("%s, test = \"%s\")", s$r, test),
      study = I(as.character(study)), yi = I(as.numeric(yi)), vi = I(as.numeric(vi)),
      expected = list(
        estimate = as.numeric(fit$beta), se = fit$se, statistic = fit$zval, pValue = fit$pval,
        ciLower = fit$ci.lb, ciUpper = fit$ci.ub,
        sigma2Between = fit$sigma2[1], sigma2Within = fit$sigma2[2],
        q = fit$QE, qDf = fit$k - fit$p, qP = fit$QEp, logLik = as.numeric(logLik(fit)),
        studies = fit$s.nlevels[1], effects = fit$k,
        i2Between = 100 * fit$sigma2[1] / total, i2Within = 100 * fit$sigma2[2] / total,
        i2Total = 100 * sum(fit$sigma2) / total
      )
    )
  }
}

# One effect per study: the within-study component is not identified (metafor sets it near 0); rma REML is the check.
data(dat.bcg, package = "metadat")
bcg <- escalc(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)
single <- rma(yi, vi, data = bcg, method = "REML", control = list(threshold = 1e-14, maxiter = 10000))
bcgSingle <- list(
  r = "rma(yi, vi, data = escalc(\"RR\", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg), method = \"REML\")",
  study = I(as.character(bcg$trial)), yi = I(as.numeric(bcg$yi)), vi = I(as.numeric(bcg$vi)),
  expected = list(estimate = as.numeric(single$beta), se = single$se, tau2 = single$tau2)
)

write_json(list(generatedBy = "scripts/r/make-three-level-fixtures.R", metafor = as.character(packageVersion("metafor")),
                cases = cases, oneEffectPerStudy = bcgSingle),
           file.path(out_dir, "three-level.json"), auto_unbox = TRUE, digits = NA, pretty = TRUE)
cat("wrote three-level.json with", length(cases), "cases\n")
