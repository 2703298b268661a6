# Reference values for the further effect measures (src/domain/stats/effect-measures.ts): correlations (ZCOR),
# single-arm proportions (PLO, PFT), risk differences (RD), incidence rate ratios (IRR), and the fixed-effect
# Mantel-Haenszel and Peto pooling for 2x2 counts, from R's metafor (Debian r-cran-metafor 3.8.1).
# Run from the project root:  Rscript scripts/r/make-measure-fixtures.R   Each case names its R call.
suppressMessages({
  library(metafor)
  library(jsonlite)
})
out_dir <- file.path("src", "domain", "stats", "fixtures")
num <- function(x) if (is.null(x) || length(x) == 0 || is.na(x)) NA else as.numeric(x)
vec <- function(x) I(as.numeric(x))

data(dat.molloy2014, package = "metadat")
data(dat.pritz1997, package = "metadat")
data(dat.debruin2009, package = "metadat")
data(dat.bcg, package = "metadat")
data(dat.collins1985a, package = "metadat")
data(dat.hart1999, package = "metadat")
# A small made-up table with zero cells, to check the 1/2 corrections.
zeros <- data.frame(ai = c(0, 3, 5, 10), bi = c(20, 17, 0, 30), ci = c(2, 0, 4, 12), di = c(18, 25, 6, 28))

escalc_case <- function(dataset, measure, r, es, input) {
  list(dataset = dataset, measure = measure, r = r, input = input, expected = list(yi = vec(es$yi), vi = vec(es$vi)))
}
escalcs <- list()
es <- escalc("ZCOR", ri = ri, ni = ni, data = dat.molloy2014)
escalcs[[length(escalcs) + 1]] <- escalc_case("molloy2014", "ZCOR", 'escalc("ZCOR", ri = ri, ni = ni, data = dat.molloy2014)', es,
  list(ri = vec(dat.molloy2014$ri), ni = vec(dat.molloy2014$ni)))
prop_sets <- list(
  list(name = "pritz1997", x = dat.pritz1997$xi, n = dat.pritz1997$ni),
  list(name = "debruin2009", x = dat.debruin2009$xi, n = dat.debruin2009$ni),
  list(name = "zeros", x = c(0, 4, 10, 7), n = c(12, 20, 10, 9))
)
for (p in prop_sets) for (m in c("PLO", "PFT")) {
  es <- escalc(m, xi = p$x, ni = p$n)
  escalcs[[length(escalcs) + 1]] <- escalc_case(p$name, m, sprintf('escalc("%s", xi = xi, ni = ni, data = dat.%s)', m, p$name), es,
    list(xi = vec(p$x), ni = vec(p$n)))
}
count_sets <- list(
  list(name = "bcg", ai = dat.bcg$tpos, bi = dat.bcg$tneg, ci = dat.bcg$cpos, di = dat.bcg$cneg),
  with(dat.collins1985a[complete.cases(dat.collins1985a[, c("b.xti", "b.xci")]), ],
       list(name = "collins1985a", ai = b.xti, bi = nti - b.xti, ci = b.xci, di = nci - b.xci)),
  list(name = "zeros", ai = zeros$ai, bi = zeros$bi, ci = zeros$ci, di = zeros$di)
)
for (d in count_sets) {
  es <- escalc("RD", ai = d$ai, bi = d$bi, ci = d$ci, di = d$di)
  escalcs[[length(escalcs) + 1]] <- escalc_case(d$name, "RD", sprintf('escalc("RD", ai, bi, ci, di, data = dat.%s)', d$name), es,
    list(ai = vec(d$ai), bi = vec(d$bi), ci = vec(d$ci), di = vec(d$di)))
}
rate_sets <- list(
  list(name = "hart1999", x1 = dat.hart1999$x1i, t1 = dat.hart1999$t1i, x2 = dat.hart1999$x2i, t2 = dat.hart1999$t2i),
  list(name = "zeros", x1 = c(0, 5, 3), t1 = c(100, 200, 150), x2 = c(4, 0, 6), t2 = c(120, 210, 140))
)
for (d in rate_sets) {
  es <- escalc("IRR", x1i = d$x1, t1i = d$t1, x2i = d$x2, t2i = d$t2)
  escalcs[[length(escalcs) + 1]] <- escalc_case(d$name, "IRR", sprintf('escalc("IRR", x1i, t1i, x2i, t2i, data = dat.%s)', d$name), es,
    list(x1i = vec(d$x1), t1i = vec(d$t1), x2i = vec(d$x2), t2i = vec(d$t2)))
}

# Back-transforms: r from z, proportion from logit, proportion from Freeman-Tukey with the harmonic mean n.
backs <- list()
z <- c(-2, -0.5, 0, 0.3, 1.2)
backs[[1]] <- list(name = "ztor", r = "transf.ztor(x)", x = vec(z), expected = vec(transf.ztor(z)))
backs[[2]] <- list(name = "ilogit", r = "transf.ilogit(x)", x = vec(z), expected = vec(transf.ilogit(z)))
for (p in prop_sets) {
  es <- escalc("PFT", xi = p$x, ni = p$n)
  fit <- rma(yi, vi, data = es)
  pred <- predict(fit, transf = transf.ipft.hm, targs = list(ni = p$n))
  xs <- c(as.numeric(fit$beta), fit$ci.lb, fit$ci.ub, -0.1, 0.0, 1.6)
  backs[[length(backs) + 1]] <- list(name = "ipft.hm", dataset = p$name,
    r = sprintf("transf.ipft.hm(x, targs = list(ni = dat.%s$ni)); predict(rma(yi, vi), transf = transf.ipft.hm, targs = list(ni = ni))", p$name),
    x = vec(xs), ni = vec(p$n), expected = vec(transf.ipft.hm(xs, targs = list(ni = p$n))),
    predicted = list(pred = num(pred$pred), ciLower = num(pred$ci.lb), ciUpper = num(pred$ci.ub)))
}
# Each study's own Freeman-Tukey value (and its 95% CI bounds) shown back with its own n, as
# summary(escalc("PFT", ...), transf = transf.ipft, ni = ni): the forest plot's per-study figures.
for (p in prop_sets) {
  es <- escalc("PFT", xi = p$x, ni = p$n)
  plain <- summary(es)
  shown <- summary(es, transf = transf.ipft, ni = p$n)
  backs[[length(backs) + 1]] <- list(name = "ipft", dataset = p$name,
    r = sprintf('summary(escalc("PFT", xi = xi, ni = ni, data = dat.%s), transf = transf.ipft, ni = dat.%s$ni): yi, ci.lb, ci.ub', p$name, p$name),
    x = vec(c(plain$yi, plain$ci.lb, plain$ci.ub)), nis = vec(rep(p$n, 3)),
    expected = vec(c(shown$yi, shown$ci.lb, shown$ci.ub)))
}

fe_case <- function(dataset, method, measure, r, fit, d) {
  list(dataset = dataset, method = method, measure = measure, r = r,
    input = list(ai = vec(d$ai), bi = vec(d$bi), ci = vec(d$ci), di = vec(d$di)),
    expected = list(estimate = num(fit$beta), se = num(fit$se), ciLower = num(fit$ci.lb), ciUpper = num(fit$ci.ub),
      z = num(fit$zval), p = num(fit$pval), q = num(fit$QE), qDf = num(sum(!is.na(fit$yi)) - 1), qP = num(fit$QEp), k = num(fit$k)))
}
pooled <- list()
for (d in count_sets) {
  for (m in c("OR", "RR", "RD")) {
    fit <- rma.mh(ai = d$ai, bi = d$bi, ci = d$ci, di = d$di, measure = m)
    pooled[[length(pooled) + 1]] <- fe_case(d$name, "MH", m, sprintf('rma.mh(ai, bi, ci, di, measure = "%s", data = dat.%s)', m, d$name), fit, d)
  }
  fit <- rma.peto(ai = d$ai, bi = d$bi, ci = d$ci, di = d$di)
  pooled[[length(pooled) + 1]] <- fe_case(d$name, "PETO", "OR", sprintf("rma.peto(ai, bi, ci, di, data = dat.%s)", d$name), fit, d)
}

write(toJSON(list(metafor = as.character(packageVersion("metafor")), escalc = escalcs, backTransforms = backs, pooled = pooled),
  auto_unbox = TRUE, digits = NA, na = "string", pretty = FALSE), file.path(out_dir, "effect-measures.json"))
cat("wrote", file.path(out_dir, "effect-measures.json"), "\n")
