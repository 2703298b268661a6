# Writes src/domain/study-data/fixtures/ratio-interval.json: metafor's dat.bcg as a paper would print it (each trial's
# risk ratio and 95% CI, rounded to 2 decimals), and metafor's answers when those printed ratios are pooled on the log
# scale. Run from the project root:  Rscript scripts/r/make-ratio-interval-fixture.R
suppressMessages({
  library(metafor)
  library(jsonlite)
})
data(dat.bcg, package = "metadat")
d <- escalc(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)
ci <- summary(d)
printed <- data.frame(study = paste(d$author, d$year), yi = round(exp(d$yi), 2), ci_lower = round(exp(ci$ci.lb), 2), ci_upper = round(exp(ci$ci.ub), 2))
# What the app does with the printed figures: log them, and take the variance from the CI on the log scale.
logged <- escalc(measure = "GEN", yi = log(printed$yi), sei = (log(printed$ci_upper) - log(printed$ci_lower)) / (2 * qnorm(0.975)))
out <- list(
  r = "yi = log(rr), sei = (log(ci_upper) - log(ci_lower)) / (2 * qnorm(0.975)); rma(yi, sei = sei, method = m)",
  csv = paste(c("study,yi,ci_lower,ci_upper", sprintf("\"%s\",%s,%s,%s", printed$study, printed$yi, printed$ci_lower, printed$ci_upper)), collapse = "\n"),
  escalc = lapply(seq_len(nrow(printed)), function(i) list(yi = logged$yi[i], vi = logged$vi[i]))
)
for (m in c("REML", "DL")) {
  fit <- rma(logged$yi, logged$vi, method = m)
  out[[m]] <- list(estimate = as.numeric(fit$beta), ciLower = fit$ci.lb, ciUpper = fit$ci.ub, tau2 = fit$tau2, i2 = fit$I2,
                   ratio = exp(as.numeric(fit$beta)), ratioLower = exp(fit$ci.lb), ratioUpper = exp(fit$ci.ub))
}
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, pretty = TRUE), file.path("src", "domain", "study-data", "fixtures", "ratio-interval.json"))
cat("wrote src/domain/study-data/fixtures/ratio-interval.json\n")
