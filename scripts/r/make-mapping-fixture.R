# A table headed "Study, Hedges g, SE" (not metafor's names), and metafor 3.8.1's rma(yi, sei = SE) on it, for the
# browser test of the mapping step (tests/analysis-mapping.spec.ts). Run from the project root:
#   Rscript scripts/r/make-mapping-fixture.R
suppressMessages({
  library(metafor)
  library(jsonlite)
})
data(dat.curtis1998, package = "metadat")
d <- dat.curtis1998[1:10, ]
es <- escalc(measure = "SMD", m1i = m1i, sd1i = sd1i, n1i = n1i, m2i = m2i, sd2i = sd2i, n2i = n2i, data = d)
table <- data.frame(Study = paste0("Curtis id ", d$id), `Hedges g` = round(as.numeric(es$yi), 6),
                    SE = round(sqrt(as.numeric(es$vi)), 6), check.names = FALSE)
write.csv(table, file.path("tests", "fixtures", "curtis-hedges-se.csv"), row.names = FALSE, quote = FALSE)
control <- list(threshold = 1e-14, tol = 1e-14, maxiter = 10000, stepadj = 0.5)
fit <- rma(yi = table$`Hedges g`, sei = table$SE, method = "REML", control = control)
out <- list(metafor = as.character(packageVersion("metafor")), r = "rma(yi = `Hedges g`, sei = SE, method = \"REML\")",
            estimate = as.numeric(fit$beta), ciLower = fit$ci.lb, ciUpper = fit$ci.ub, tau2 = fit$tau2, i2 = fit$I2, k = fit$k)
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), file.path("tests", "fixtures", "curtis-hedges-se-metafor.json"))
cat("wrote tests/fixtures/curtis-hedges-se.csv and curtis-hedges-se-metafor.json\n")
