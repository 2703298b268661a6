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
