# Reference values for Mantel-Haenszel and Peto as the analysis page's main pooling choice for 2x2 counts
# (src/domain/stats/counts-pooling.ts): the pooled result with I2 and H2, each study's weight, leave-one-out, Peto's
# per-study odds ratios, and subgroups pooled each on their own with the Q test across the group estimates; from R's
# metafor (Debian r-cran-metafor 3.8.1).
# Run from the project root:  Rscript scripts/r/make-counts-pooling-fixtures.R   Each case names its R call.
suppressMessages({
  library(metafor)
  library(jsonlite)
})
out_dir <- file.path("src", "domain", "stats", "fixtures")
num <- function(x) if (is.null(x) || length(x) == 0 || is.na(x)) NA else as.numeric(x)
vec <- function(x) I(as.numeric(x))
data(dat.bcg, package = "metadat")
data(dat.collins1985a, package = "metadat")

collins <- dat.collins1985a[complete.cases(dat.collins1985a[, c("b.xti", "b.xci")]), ]
# A small made-up set with zero cells, one table with no events in either arm (left out of Q, weight 0).
zeros <- data.frame(ai = c(0, 3, 5, 10, 0), bi = c(20, 17, 0, 30, 15), ci = c(2, 0, 4, 12, 0), di = c(18, 25, 6, 28, 14))
sets <- list(
  list(name = "bcg", ai = dat.bcg$tpos, bi = dat.bcg$tneg, ci = dat.bcg$cpos, di = dat.bcg$cneg, group = dat.bcg$alloc),
  list(name = "collins1985a", ai = collins$b.xti, bi = collins$nti - collins$b.xti, ci = collins$b.xci,
       di = collins$nci - collins$b.xci, group = NULL),
  list(name = "zeros", ai = zeros$ai, bi = zeros$bi, ci = zeros$ci, di = zeros$di, group = NULL)
)

fit_of <- function(method, measure, d) {
  if (method == "PETO") rma.peto(ai = d$ai, bi = d$bi, ci = d$ci, di = d$di)
  else rma.mh(ai = d$ai, bi = d$bi, ci = d$ci, di = d$di, measure = measure)
}
call_of <- function(method, measure, data) {
  if (method == "PETO") sprintf("rma.peto(ai, bi, ci, di, data = %s)", data)
  else sprintf('rma.mh(ai, bi, ci, di, measure = "%s", data = %s)', measure, data)
}
summary_of <- function(fit) {
  list(estimate = num(fit$beta), se = num(fit$se), ciLower = num(fit$ci.lb), ciUpper = num(fit$ci.ub),
    z = num(fit$zval), p = num(fit$pval), q = num(fit$QE), qP = num(fit$QEp), i2 = num(fit$I2), h2 = num(fit$H2),
    k = num(fit$k))
}

cases <- list()
for (d in sets) {
  data_name <- sprintf("dat.%s", d$name)
  for (m in list(c("MH", "OR"), c("MH", "RR"), c("MH", "RD"), c("PETO", "OR"))) {
    fit <- fit_of(m[1], m[2], d)
    loo <- as.data.frame(leave1out(fit))
    case <- list(dataset = d$name, method = m[1], measure = m[2], r = call_of(m[1], m[2], data_name),
      input = list(ai = vec(d$ai), bi = vec(d$bi), ci = vec(d$ci), di = vec(d$di)),
      expected = summary_of(fit),
      weightsR = "weights(fit)", weights = vec(ifelse(is.na(weights(fit)), 0, weights(fit))),
      leaveOneOutR = "leave1out(fit)",
      leaveOneOut = list(estimate = vec(loo$estimate), se = vec(loo$se), ciLower = vec(loo$ci.lb),
        ciUpper = vec(loo$ci.ub), q = vec(loo$Q), i2 = vec(loo$I2)))
    if (m[1] == "PETO") {
      # The per-study Peto odds ratios (fit$yi, vi), NA where a table has no events in either arm (drop00 = TRUE).
      case$studiesR <- "fit$yi, fit$vi (escalc(measure = \"PETO\"))"
      case$studies <- list(yi = vec(fit$yi.f), vi = vec(fit$vi.f))
    }
    if (!is.null(d$group)) {
      groups <- unique(as.character(d$group))
      per <- lapply(groups, function(g) {
        keep <- as.character(d$group) == g
        sub <- list(ai = d$ai[keep], bi = d$bi[keep], ci = d$ci[keep], di = d$di[keep])
        c(list(name = g), summary_of(fit_of(m[1], m[2], sub)))
      })
      est <- sapply(per, function(x) x$estimate)
      se <- sapply(per, function(x) x$se)
      between <- rma(yi = est, sei = se, method = "FE")
      case$subgroupsR <- sprintf("%s with subset = alloc == g, for each g; rma(yi = estimates, sei = ses, method = \"FE\")$QE",
        call_of(m[1], m[2], data_name))
      case$groups <- I(as.character(d$group))
      case$subgroups <- list(groups = per, q = num(between$QE), df = num(length(groups) - 1), p = num(between$QEp))
    }
    cases[[length(cases) + 1]] <- case
  }
}

write(toJSON(list(metafor = as.character(packageVersion("metafor")), cases = cases),
  auto_unbox = TRUE, digits = NA, na = "string", pretty = FALSE), file.path(out_dir, "counts-pooling.json"))
cat("wrote", file.path(out_dir, "counts-pooling.json"), "\n")
