# Reference values for meta-regression and the subgroup moderator test (src/domain/stats/meta-regression.ts), from
# R's metafor (Debian r-cran-metafor 3.8.1). Run from the project root:  Rscript scripts/r/make-regression-fixtures.R
# Each case names its R call. Iterative estimators run with tight control; the engine solves exactly.
suppressMessages({
  library(metafor)
  library(jsonlite)
})
control <- list(threshold = 1e-14, tol = 1e-14, maxiter = 10000, stepadj = 0.5)
out_dir <- file.path("src", "domain", "stats", "fixtures")
num <- function(x) if (is.null(x) || length(x) == 0 || is.na(x)) NA else as.numeric(x)

data(dat.bcg, package = "metadat")
bcg <- escalc(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)
data(dat.curtis1998, package = "metadat")
curtis <- escalc(measure = "SMD", m1i = m1i, sd1i = sd1i, n1i = n1i, m2i = m2i, sd2i = sd2i, n2i = n2i, data = dat.curtis1998)

# Each design: the moderator columns as the engine receives them (no intercept), and the R formula that makes them.
designs <- list(
  list(dataset = "bcg", formula = "~ ablat", yi = bcg$yi, vi = bcg$vi, x = cbind(bcg$ablat)),
  list(dataset = "bcg", formula = "~ ablat + year", yi = bcg$yi, vi = bcg$vi, x = cbind(bcg$ablat, bcg$year)),
  list(dataset = "bcg", formula = "~ factor(alloc, levels = unique(alloc))", yi = bcg$yi, vi = bcg$vi,
       x = model.matrix(~ factor(alloc, levels = unique(alloc)), data = bcg)[, -1, drop = FALSE]),
  list(dataset = "curtis", formula = "~ factor(fungrp, levels = unique(fungrp))", yi = curtis$yi, vi = curtis$vi,
       x = model.matrix(~ factor(fungrp, levels = unique(fungrp)), data = curtis)[, -1, drop = FALSE])
)

cases <- list()
for (d in designs) {
  for (method in c("FE", "DL", "REML", "PM")) {
    for (test in c("z", "knha")) {
      fit <- suppressWarnings(rma(yi = d$yi, vi = d$vi, mods = d$x, method = method, test = test, control = control))
      r2 <- if (method == "FE" || is.null(fit$R2)) NA else num(fit$R2)
      cases[[length(cases) + 1]] <- list(
        dataset = d$dataset, formula = d$formula, method = method, test = test,
        r = sprintf("rma(yi, vi, mods = %s, method = \"%s\", test = \"%s\")", d$formula, method, test),
        yi = I(as.numeric(d$yi)), vi = I(as.numeric(d$vi)),
        x = unname(lapply(seq_len(nrow(d$x)), function(i) I(as.numeric(d$x[i, ])))),
        expected = list(
          estimates = I(as.numeric(fit$beta)), se = I(as.numeric(fit$se)), pValues = I(as.numeric(fit$pval)),
          ciLower = I(as.numeric(fit$ci.lb)), ciUpper = I(as.numeric(fit$ci.ub)),
          tau2 = num(fit$tau2), i2 = num(fit$I2), r2 = r2,
          qe = num(fit$QE), qeDf = fit$k - fit$p, qeP = num(fit$QEp),
          qm = num(fit$QM), qmDf = as.numeric(fit$QMdf[1]), qmP = num(fit$QMp)
        )
      )
    }
  }
}

path <- file.path(out_dir, "meta-regression.json")
writeLines(toJSON(list(metafor = as.character(packageVersion("metafor")), cases = cases), digits = NA, auto_unbox = TRUE, na = "string"), path)
cat("wrote", path, "\n")

# --- subgroupComparison(): both tests for a difference between subgroups -------------------------------------------
# bcg-one-alternate keeps one of the two "alternate" trials, so under Knapp-Hartung that group cannot be pooled alone
# (it has one study) while the others can; the moderator model still uses every study.
keep <- which(!(dat.bcg$alloc == "alternate") | seq_len(nrow(dat.bcg)) == which(dat.bcg$alloc == "alternate")[1])
sub_sets <- list(
  list(name = "bcg", yi = as.numeric(bcg$yi), vi = as.numeric(bcg$vi), group = dat.bcg$alloc),
  list(name = "bcg-one-alternate", yi = as.numeric(bcg$yi[keep]), vi = as.numeric(bcg$vi[keep]), group = dat.bcg$alloc[keep]),
  list(name = "curtis", yi = as.numeric(curtis$yi), vi = as.numeric(curtis$vi), group = dat.curtis1998$fungrp)
)
sub_cases <- list()
for (d in sub_sets) {
  for (method in c("FE", "DL", "REML", "PM")) {
    for (test in c("z", "knha")) {
      groups <- unique(d$group)
      poolable <- groups[sapply(groups, function(g) test == "z" || sum(d$group == g) >= 2)]
      fits <- lapply(poolable, function(g) suppressWarnings(rma(yi = d$yi[d$group == g], vi = d$vi[d$group == g], method = method, test = test, control = control)))
      between <- rma(yi = sapply(fits, function(f) num(f$beta)), sei = sapply(fits, function(f) num(f$se)), method = "FE")
      mods <- suppressWarnings(rma(yi = d$yi, vi = d$vi, mods = ~ factor(d$group, levels = groups), method = method, test = test, control = control))
      sub_cases[[length(sub_cases) + 1]] <- list(
        dataset = d$name, method = method, test = test, yi = I(d$yi), vi = I(d$vi), group = I(d$group),
        r = sprintf(paste0("separate: per group with >= %d studies rma(yi, vi, method = \"%s\", test = \"%s\"), then rma(estimates, sei = ses, method = \"FE\")$QE; ",
                           "moderator: rma(yi, vi, mods = ~ factor(group, levels = unique(group)), method = \"%s\", test = \"%s\")$QM"),
                    if (test == "knha") 2L else 1L, method, test, method, test),
        expected = list(
          pooled = I(as.character(poolable)), estimates = I(sapply(fits, function(f) num(f$beta))),
          separateQ = num(between$QE), separateDf = length(poolable) - 1, separateP = num(between$QEp),
          moderatorQ = num(mods$QM), moderatorDf = as.numeric(mods$QMdf[1]),
          moderatorDfDenominator = if (test == "knha") as.numeric(mods$QMdf[2]) else NA,
          moderatorP = num(mods$QMp), moderatorTau2 = num(mods$tau2)
        )
      )
    }
  }
}
path <- file.path(out_dir, "subgroup-comparison.json")
writeLines(toJSON(list(metafor = as.character(packageVersion("metafor")), cases = sub_cases), digits = NA, auto_unbox = TRUE, na = "string"), path)
cat("wrote", path, "\n")
