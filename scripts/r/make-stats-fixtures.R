# Writes the reference values that src/domain/stats is tested against, from R's metafor (Debian r-cran-metafor 3.8).
# Run from the project root:  Rscript scripts/r/make-stats-fixtures.R
# Non-finite values are written as the strings "Inf", "-Inf", "NaN" and "NA" (JSON has no such numbers).
# Each fixture names the R call that made it. metafor's iterative estimators (REML, PM) stop at loose defaults,
# so they are run with tight control here; the engine solves exactly.
suppressMessages({
  library(metafor)
  library(jsonlite)
})

control <- list(threshold = 1e-14, tol = 1e-14, maxiter = 10000, stepadj = 0.5)
out_dir <- file.path("src", "domain", "stats", "fixtures")

num <- function(x) if (is.null(x) || length(x) == 0 || is.na(x)) NA else as.numeric(x)

# --- datasets -------------------------------------------------------------------------------------------------------
data(dat.bcg, package = "metadat")
bcg <- escalc(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)
data(dat.curtis1998, package = "metadat")
curtis <- escalc(measure = "SMD", m1i = m1i, sd1i = sd1i, n1i = n1i, m2i = m2i, sd2i = sd2i, n2i = n2i, data = dat.curtis1998)

datasets <- list(
  list(name = "bcg", note = "dat.bcg, log risk ratios (escalc measure RR), k = 13, high heterogeneity, groups = alloc",
       yi = as.numeric(bcg$yi), vi = as.numeric(bcg$vi), labels = paste(dat.bcg$author, dat.bcg$year), group = dat.bcg$alloc),
  list(name = "curtis", note = "dat.curtis1998, SMDs from means (escalc measure SMD), k = 102, groups = fungrp",
       yi = as.numeric(curtis$yi), vi = as.numeric(curtis$vi), labels = paste0("id ", dat.curtis1998$id), group = dat.curtis1998$fungrp),
  list(name = "curtis-first-8", note = "first 8 rows of dat.curtis1998 SMDs, a small meta-analysis",
       yi = as.numeric(curtis$yi[1:8]), vi = as.numeric(curtis$vi[1:8]), labels = paste0("id ", dat.curtis1998$id[1:8]), group = dat.curtis1998$fungrp[1:8]),
  list(name = "bcg-low-heterogeneity", note = "dat.bcg rows 4, 7, 9, 10, 12, 13: tau^2 near zero",
       yi = as.numeric(bcg$yi[c(4, 7, 9, 10, 12, 13)]), vi = as.numeric(bcg$vi[c(4, 7, 9, 10, 12, 13)]),
       labels = paste(dat.bcg$author, dat.bcg$year)[c(4, 7, 9, 10, 12, 13)], group = dat.bcg$alloc[c(4, 7, 9, 10, 12, 13)]),
  list(name = "identical", note = "four identical effects: tau^2 = 0, Q = 0",
       yi = c(0.3, 0.3, 0.3, 0.3), vi = c(0.01, 0.02, 0.04, 0.08), labels = c("a", "b", "c", "d"), group = c("x", "x", "y", "y")),
  list(name = "two-studies", note = "k = 2", yi = c(0.1, 0.9), vi = c(0.04, 0.05), labels = c("a", "b"), group = c("x", "y")),
  list(name = "single", note = "k = 1", yi = c(0.42), vi = c(0.09), labels = c("only"), group = c("x")),
  list(name = "extreme-variances", note = "variances from 1e-6 to 1e4",
       yi = c(0.2, -0.1, 0.5, 1.3, -2), vi = c(1e-6, 0.5, 3, 1e2, 1e4), labels = c("a", "b", "c", "d", "e"), group = c("x", "x", "y", "y", "y"))
)

# --- pool() ---------------------------------------------------------------------------------------------------------
fit_fields <- function(fit, level) {
  pred <- predict(fit, level = level)
  list(
    k = fit$k, estimate = num(fit$beta), se = num(fit$se), ciLower = num(fit$ci.lb), ciUpper = num(fit$ci.ub),
    statistic = num(fit$zval), pValue = num(fit$pval),
    tau2 = num(fit$tau2), tau = sqrt(num(fit$tau2)), i2 = num(fit$I2), h2 = num(fit$H2),
    q = num(fit$QE), qDf = fit$k - 1, qP = num(fit$QEp),
    piLower = num(if (is.null(pred$pi.lb)) pred$ci.lb else pred$pi.lb),
    piUpper = num(if (is.null(pred$pi.ub)) pred$ci.ub else pred$pi.ub),
    weights = I(as.numeric(weights(fit)))
  )
}

fit_one <- function(yi, vi, method, test, level) {
  suppressWarnings(rma(yi = yi, vi = vi, method = method, test = test, level = level * 100, control = control))
}

pool_cases <- list()
for (d in datasets) {
  for (method in c("FE", "DL", "REML", "PM")) {
    for (test in c("z", "knha")) {
      if (test == "knha" && length(d$yi) < 2) next
      for (level in c(0.95, 0.9)) {
        if (level == 0.9 && !(d$name %in% c("bcg", "curtis-first-8"))) next
        fit <- fit_one(d$yi, d$vi, method, test, level)
        pool_cases[[length(pool_cases) + 1]] <- list(
          dataset = d$name, method = method, test = test, level = level,
          r = sprintf("rma(yi, vi, method = \"%s\", test = \"%s\", level = %g, control = list(threshold = 1e-14, tol = 1e-14, maxiter = 10000)); predict(fit)", method, test, level * 100),
          expected = fit_fields(fit, level * 100)
        )
      }
    }
  }
}

# --- leaveOneOut() --------------------------------------------------------------------------------------------------
loo_cases <- list()
for (d in datasets[c(1, 3, 6)]) {
  for (method in c("FE", "DL", "REML", "PM")) {
    for (test in c("z", "knha")) {
      if (test == "knha" && length(d$yi) < 3) next
      results <- lapply(seq_along(d$yi), function(i) fit_fields(fit_one(d$yi[-i], d$vi[-i], method, test, 0.95), 95))
      loo_cases[[length(loo_cases) + 1]] <- list(
        dataset = d$name, method = method, test = test,
        r = sprintf("for each i: rma(yi[-i], vi[-i], method = \"%s\", test = \"%s\") (the fits behind leave1out(), with predict() and weights())", method, test),
        expected = results
      )
    }
  }
}

# --- eggerTest() ----------------------------------------------------------------------------------------------------
egger_cases <- list()
for (d in datasets[c(1, 2, 3, 4, 8)]) {
  fit <- rma(yi = d$yi, vi = d$vi, method = "FE")
  reg <- regtest(fit, model = "lm")
  egger_cases[[length(egger_cases) + 1]] <- list(
    dataset = d$name, r = "regtest(rma(yi, vi, method = \"FE\"), model = \"lm\")",
    expected = list(statistic = num(reg$zval), df = num(reg$dfs), pValue = num(reg$pval))
  )
}

# --- subgroupAnalysis() ---------------------------------------------------------------------------------------------
subgroup_cases <- list()
for (d in datasets[c(1, 2, 3, 8)]) {
  for (method in c("FE", "DL", "REML", "PM")) {
    for (test in c("z", "knha")) {
      groups <- unique(d$group)
      sizes <- sapply(groups, function(g) sum(d$group == g))
      if (test == "knha" && any(sizes < 2)) next
      fits <- lapply(groups, function(g) fit_one(d$yi[d$group == g], d$vi[d$group == g], method, test, 0.95))
      names(fits) <- groups
      estimates <- sapply(fits, function(f) num(f$beta))
      ses <- sapply(fits, function(f) num(f$se))
      between <- rma(yi = estimates, sei = ses, method = "FE")
      subgroup_cases[[length(subgroup_cases) + 1]] <- list(
        dataset = d$name, method = method, test = test,
        r = sprintf("per group: rma(yi, vi, method = \"%s\", test = \"%s\"); between: rma(estimates, sei = ses, method = \"FE\")$QE", method, test),
        expected = list(groups = lapply(fits, fit_fields, level = 95), qBetween = num(between$QE), dfBetween = length(groups) - 1, pBetween = num(between$QEp))
      )
    }
  }
}

# --- standardizedMeanDifference() -----------------------------------------------------------------------------------
smd_rows <- dat.curtis1998[1:12, ]
smd <- escalc(measure = "SMD", m1i = m1i, sd1i = sd1i, n1i = n1i, m2i = m2i, sd2i = sd2i, n2i = n2i, data = smd_rows)
smd_cases <- lapply(seq_len(nrow(smd_rows)), function(i) list(
  input = list(m1 = smd_rows$m1i[i], sd1 = smd_rows$sd1i[i], n1 = smd_rows$n1i[i], m2 = smd_rows$m2i[i], sd2 = smd_rows$sd2i[i], n2 = smd_rows$n2i[i]),
  r = "escalc(measure = \"SMD\", m1i, sd1i, n1i, m2i, sd2i, n2i)",
  expected = list(yi = as.numeric(smd$yi[i]), vi = as.numeric(smd$vi[i]))
))

# --- conversions used by the pages ----------------------------------------------------------------------------------
gs <- c(-0.5, 0, 0.06, 0.13, 0.19, 0.2, 0.37, 0.43, 0.57, 0.68, 0.95, 1.5)
conversion_cases <- lapply(gs, function(g) list(
  g = g, r = "pnorm(g / sqrt(2)); 100 * (pnorm(g) - 0.5); 1 / (2 * pnorm(g / sqrt(2)) - 1)",
  expected = list(probabilityOfBenefit = pnorm(g / sqrt(2)), improvementIndex = 100 * (pnorm(g) - 0.5),
                  numberNeededToTreat = 1 / (2 * pnorm(g / sqrt(2)) - 1))
))


# --- effect sizes from what studies report (src/domain/stats/effect-sizes.ts) ---------------------------------------
# Hedges' g: escalc(measure = "SMD"). Cohen's d: metafor 3.8 has no uncorrected SMD, so it is the same formula without
# the correction, written out in R. Log OR / log RR: escalc(measure = "OR" / "RR") with its default continuity correction
# (add 1/2 to every cell of a table with a zero). yi + CI -> vi: metafor 3.8 has no conv.wald(), so the Wald formula in R.
effect_rows <- dat.curtis1998[c(1:6, 50:53), ]
g <- escalc(measure = "SMD", m1i = m1i, sd1i = sd1i, n1i = n1i, m2i = m2i, sd2i = sd2i, n2i = n2i, data = effect_rows)
smd_effect_cases <- lapply(seq_len(nrow(effect_rows)), function(i) {
  r <- effect_rows[i, ]
  sp <- sqrt(((r$n1i - 1) * r$sd1i^2 + (r$n2i - 1) * r$sd2i^2) / (r$n1i + r$n2i - 2))
  d <- (r$m1i - r$m2i) / sp
  list(
    input = list(m1 = r$m1i, sd1 = r$sd1i, n1 = r$n1i, m2 = r$m2i, sd2 = r$sd2i, n2 = r$n2i),
    hedges = list(r = "escalc(measure = \"SMD\", m1i, sd1i, n1i, m2i, sd2i, n2i)", yi = as.numeric(g$yi[i]), vi = as.numeric(g$vi[i])),
    cohen = list(r = "sp <- sqrt(((n1i-1)*sd1i^2 + (n2i-1)*sd2i^2)/(n1i+n2i-2)); d <- (m1i-m2i)/sp; vi <- 1/n1i + 1/n2i + d^2/(2*(n1i+n2i))",
                 yi = d, vi = 1 / r$n1i + 1 / r$n2i + d^2 / (2 * (r$n1i + r$n2i)))
  )
})
count_rows <- rbind(
  data.frame(ai = dat.bcg$tpos, bi = dat.bcg$tneg, ci = dat.bcg$cpos, di = dat.bcg$cneg),
  data.frame(ai = c(0, 3, 0, 12), bi = c(10, 0, 25, 40), ci = c(3, 4, 0, 7), di = c(7, 9, 30, 0))
)
or_values <- escalc(measure = "OR", ai = ai, bi = bi, ci = ci, di = di, data = count_rows)
rr_values <- escalc(measure = "RR", ai = ai, bi = bi, ci = ci, di = di, data = count_rows)
count_cases <- lapply(seq_len(nrow(count_rows)), function(i) list(
  input = list(ai = count_rows$ai[i], bi = count_rows$bi[i], ci = count_rows$ci[i], di = count_rows$di[i]),
  or = list(r = "escalc(measure = \"OR\", ai, bi, ci, di)", yi = as.numeric(or_values$yi[i]), vi = as.numeric(or_values$vi[i])),
  rr = list(r = "escalc(measure = \"RR\", ai, bi, ci, di)", yi = as.numeric(rr_values$yi[i]), vi = as.numeric(rr_values$vi[i]))
))
intervals <- data.frame(lower = c(-0.33, 0.05, -1.2, 0.001, -50), upper = c(0.44, 0.93, 2.5, 0.002, 70), level = c(0.95, 0.95, 0.9, 0.99, 0.95))
interval_cases <- lapply(seq_len(nrow(intervals)), function(i) {
  iv <- intervals[i, ]
  list(input = list(lower = iv$lower, upper = iv$upper, level = iv$level),
       r = "((upper - lower) / (2 * qnorm(1 - (1 - level) / 2)))^2",
       vi = ((iv$upper - iv$lower) / (2 * qnorm(1 - (1 - iv$level) / 2)))^2)
})
size_cases <- lapply(seq_len(nrow(effect_rows)), function(i) {
  r <- effect_rows[i, ]
  list(input = list(yi = as.numeric(g$yi[i]), n1 = r$n1i, n2 = r$n2i),
       r = "escalc(measure = \"SMD\", m1i, sd1i, n1i, m2i, sd2i, n2i)$vi (its variance formula given yi, n1i, n2i)", vi = as.numeric(g$vi[i]))
})
se_cases <- lapply(c(0.01, 0.2, 3), function(se) {
  e <- escalc(measure = "GEN", yi = 0.1, sei = se)
  list(input = se, r = "escalc(measure = \"GEN\", yi, sei = sei)$vi", vi = as.numeric(e$vi))
})

# --- far-tail p-values: compared with relative error, not absolute -------------------------------------------------
tail_cases <- list(
  chisq = lapply(list(c(152.233, 12), c(3, 2), c(400, 10), c(1000, 101), c(0.5, 1), c(1e-8, 3)), function(a) list(
    x = a[1], df = a[2], r = "pchisq(x, df, lower.tail = FALSE)", p = pchisq(a[1], a[2], lower.tail = FALSE))),
  t = lapply(list(c(-40, 5), c(-12, 3), c(-8, 60), c(-2, 11), c(-150, 12)), function(a) list(
    x = a[1], df = a[2], r = "pt(x, df)", p = pt(a[1], a[2]))),
  normal = lapply(c(-3, -10, -25, -37), function(x) list(x = x, r = "pnorm(x)", p = pnorm(x)))
)

# --- profile-likelihood interval for mu (src/domain/stats/profile-likelihood.ts) ----------------------------------
# metafor 3.8 gives no profile-likelihood CI for the pooled effect, so this is an independent R implementation:
# ML estimates from rma(method = "ML"); the profile over tau^2 by optimize(); the bounds by uniroot().
pl_cases <- lapply(datasets[c(1, 3, 4, 6, 8)], function(d) {
  ll <- function(mu, tau2) -0.5 * sum(log(d$vi + tau2) + (d$yi - mu)^2 / (d$vi + tau2))
  profile_ll <- function(mu) {
    upper <- max(1, 10 * max((d$yi - mu)^2))
    best <- optimize(function(t2) ll(mu, t2), c(0, upper), maximum = TRUE, tol = 1e-14)
    max(best$objective, ll(mu, 0))
  }
  fit <- rma(d$yi, d$vi, method = "ML", control = control)
  target <- ll(as.numeric(fit$beta), fit$tau2) - qchisq(0.95, 1) / 2
  f <- function(mu) profile_ll(mu) - target
  width <- diff(range(d$yi)) + sqrt(max(d$vi))
  lower <- uniroot(f, c(as.numeric(fit$beta) - 4 * width, as.numeric(fit$beta)), tol = 1e-13)$root
  upper <- uniroot(f, c(as.numeric(fit$beta), as.numeric(fit$beta) + 4 * width), tol = 1e-13)$root
  list(dataset = d$name, r = "rma(method = \"ML\"); profile by optimize() over tau^2; bounds by uniroot() where 2 (l_max - l_p(mu)) = qchisq(0.95, 1)",
       expected = list(estimate = as.numeric(fit$beta), tau2 = fit$tau2, lower = lower, upper = upper))
})

write_fixture <- function(name, value) {
  path <- file.path(out_dir, paste0(name, ".json"))
  writeLines(toJSON(value, digits = NA, auto_unbox = TRUE, na = "string", pretty = FALSE), path)
  cat("wrote", path, "\n")
}

write_fixture("datasets", lapply(datasets, function(d) list(name = d$name, note = d$note, yi = I(d$yi), vi = I(d$vi), labels = I(d$labels), group = I(d$group))))
write_fixture("pool", list(metafor = as.character(packageVersion("metafor")), cases = pool_cases))
write_fixture("leave-one-out", list(metafor = as.character(packageVersion("metafor")), cases = loo_cases))
write_fixture("egger", list(metafor = as.character(packageVersion("metafor")), cases = egger_cases))
write_fixture("subgroups", list(metafor = as.character(packageVersion("metafor")), cases = subgroup_cases))
write_fixture("smd", list(metafor = as.character(packageVersion("metafor")), cases = smd_cases))
write_fixture("conversions", list(cases = conversion_cases))
write_fixture("effect-sizes", list(metafor = as.character(packageVersion("metafor")), smd = smd_effect_cases, counts = count_cases, intervals = interval_cases, sizes = size_cases, standardErrors = se_cases))
write_fixture("tails", tail_cases)
write_fixture("profile-likelihood", list(metafor = as.character(packageVersion("metafor")), cases = pl_cases))
