# The analysis page's meta-regression, checked in the browser (tests/analysis-meta-regression.spec.ts) against R's
# metafor (Debian r-cran-metafor 3.8.1). Run from the project root:  Rscript scripts/r/make-meta-regression-page-fixture.R
# tests/fixtures/bcg-moderators.csv is metadat's dat.bcg as counts per arm with its moderators (absolute latitude,
# year, allocation); tests/fixtures/bcg-meta-regression-metafor.json holds, for each model, its R call and results.
suppressMessages({
  library(metafor)
  library(jsonlite)
})
data(dat.bcg, package = "metadat")
csv <- data.frame(study = paste(dat.bcg$author, dat.bcg$year), year = dat.bcg$year, ablat = dat.bcg$ablat,
                  alloc = dat.bcg$alloc, ai = dat.bcg$tpos, bi = dat.bcg$tneg, ci = dat.bcg$cpos, di = dat.bcg$cneg)
write.csv(csv, file.path("tests", "fixtures", "bcg-moderators.csv"), row.names = FALSE)

# REML runs with tight control (as make-regression-fixtures.R); the engine solves exactly.
control <- list(threshold = 1e-14, tol = 1e-14, maxiter = 10000, stepadj = 0.5)
fit_of <- function(formula, test) {
  fit <- rma(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg, mods = formula,
             method = "REML", test = test, control = control)
  list(
    r = sprintf("rma(measure = \"RR\", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg, mods = %s, method = \"REML\", test = \"%s\")",
                deparse(formula), test),
    names = I(rownames(fit$beta)), estimates = I(as.numeric(fit$beta)), se = I(as.numeric(fit$se)),
    ciLower = I(as.numeric(fit$ci.lb)), ciUpper = I(as.numeric(fit$ci.ub)), pValues = I(as.numeric(fit$pval)),
    tau2 = fit$tau2, r2 = fit$R2, qm = fit$QM, qmDf = I(as.numeric(fit$QMdf)), qmP = fit$QMp,
    qe = fit$QE, qeDf = fit$k - fit$p, qeP = fit$QEp, k = fit$k
  )
}
out <- list(
  metafor = as.character(packageVersion("metafor")),
  ablatYear = fit_of(~ ablat + year, "z"),
  ablatYearKnha = fit_of(~ ablat + year, "knha"),
  ablatAlloc = fit_of(~ ablat + factor(alloc, levels = unique(alloc)), "z")
)
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, pretty = TRUE),
           file.path("tests", "fixtures", "bcg-meta-regression-metafor.json"))
cat("wrote tests/fixtures/bcg-moderators.csv and tests/fixtures/bcg-meta-regression-metafor.json\n")
