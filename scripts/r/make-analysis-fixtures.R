# Writes the browser test's inputs and metafor's answers for them (Debian r-cran-metafor 3.8).
# Run from the project root:  Rscript scripts/r/make-analysis-fixtures.R
# tests/fixtures/bcg-counts.csv is metafor's dat.bcg as counts per arm; tests/fixtures/bcg-metafor.json holds, for REML and
# DL, the pooled risk ratio and CI, tau^2 and I^2 (rma(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg)),
# each allocation subgroup, and leave1out() of the REML model.
suppressMessages({
  library(metafor)
  library(jsonlite)
})
data(dat.bcg, package = "metadat")
d <- dat.bcg
write.csv(data.frame(study = paste(d$author, d$year), year = d$year, group = d$alloc, ai = d$tpos, bi = d$tneg, ci = d$cpos, di = d$cneg),
          file.path("tests", "fixtures", "bcg-counts.csv"), row.names = FALSE)
fields <- function(f) list(rr = exp(as.numeric(f$beta)), rrLower = exp(f$ci.lb), rrUpper = exp(f$ci.ub), estimate = as.numeric(f$beta),
                           ciLower = f$ci.lb, ciUpper = f$ci.ub, tau2 = f$tau2, i2 = f$I2, qp = f$QEp)
out <- list(r = "rma(measure = \"RR\", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg, method = m)")
for (m in c("REML", "DL")) {
  fit <- rma(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = d, method = m)
  groups <- lapply(unique(d$alloc), function(a) c(list(group = a), fields(rma(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = d, subset = alloc == a, method = m))))
  l1o <- leave1out(fit)
  out[[m]] <- list(pooled = fields(fit), subgroups = groups,
                   leaveOneOut = lapply(seq_len(nrow(d)), function(i) list(study = paste(d$author[i], d$year[i]), rr = exp(l1o$estimate[i]), rrLower = exp(l1o$ci.lb[i]), rrUpper = exp(l1o$ci.ub[i]), estimate = l1o$estimate[i], ciLower = l1o$ci.lb[i], ciUpper = l1o$ci.ub[i], tau2 = l1o$tau2[i], i2 = l1o$I2[i])))
}
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, pretty = TRUE), file.path("tests", "fixtures", "bcg-metafor.json"))
cat("wrote tests/fixtures/bcg-counts.csv and tests/fixtures/bcg-metafor.json\n")
