# Reference numbers for samnet's brokerage roles, harmonic closeness, E-I index
# and key-actor loss, computed with R's sna package on the networks that
# export_networks.py writes. Run through: python tests/reference/regenerate.py
#
#   Rscript brokerage.R <reference folder> <network name>...
#
# Writes expected/<name>.brokerage.csv (sna::brokerage: raw, exp and sd per
# actor, grouping and sna column), .closeness.csv (sna::closeness, cmode
# "suminvundir": harmonic, divided by n - 1), .ei.csv (Krackhardt and Stern's
# (E - I) / (E + I), by its formula, per grouping and group) and .key.csv
# (pairs that can no longer reach each other without each actor, and the
# parts left, from sna::component.dist).
suppressPackageStartupMessages(library(sna))

args <- commandArgs(trailingOnly = TRUE)
folder <- args[1]
dir.create(file.path(folder, "expected"), showWarnings = FALSE)

fmt <- function(x) ifelse(is.na(x), "NA", formatC(round(x, 6), digits = 6, format = "f"))

measure <- function(name) {
  nodes <- read.csv(file.path(folder, "networks", paste0(name, ".nodes.csv")),
                    colClasses = "character")
  edges <- read.csv(file.path(folder, "networks", paste0(name, ".edges.csv")),
                    colClasses = "character")
  n <- nrow(nodes)
  g <- matrix(0, n, n, dimnames = list(nodes$id, nodes$id))
  for (e in seq_len(nrow(edges))) {
    g[edges$source[e], edges$target[e]] <- 1
    g[edges$target[e], edges$source[e]] <- 1
  }
  out <- function(suffix, frame)
    write.csv(frame, file.path(folder, "expected", paste0(name, suffix)), row.names = FALSE, quote = FALSE)

  rows <- list()
  for (grouping in c("huvudman", "type")) {
    b <- brokerage(g, nodes[[grouping]])
    for (col in c("w_I", "w_O", "b_IO", "b_OI", "b_O")) {
      rows[[length(rows) + 1]] <- data.frame(id = nodes$id, grouping = grouping, column = col,
        raw = b$raw.nli[, col], exp = fmt(b$exp.nli[, col]), sd = fmt(b$sd.nli[, col]))
    }
  }
  out(".brokerage.csv", do.call(rbind, rows))

  out(".closeness.csv", data.frame(id = nodes$id,
    closeness = fmt(closeness(g, gmode = "graph", cmode = "suminvundir"))))

  rows <- list()
  for (grouping in c("huvudman", "organisation")) {
    cl <- nodes[[grouping]]
    same <- outer(cl, cl, "==")
    upper <- upper.tri(g) & g > 0
    ext <- sum(upper & !same); int <- sum(upper & same)
    rows[[length(rows) + 1]] <- data.frame(grouping = grouping, group = "", external = ext,
      internal = int, index = fmt(if (ext + int) (ext - int) / (ext + int) else NA))
    for (group in sort(unique(cl))) {
      touching <- upper & (outer(cl == group, rep(TRUE, n)) | outer(rep(TRUE, n), cl == group))
      e <- sum(touching & !same); i <- sum(touching & same)
      rows[[length(rows) + 1]] <- data.frame(grouping = grouping, group = group, external = e,
        internal = i, index = fmt(if (e + i) (e - i) / (e + i) else NA))
    }
  }
  out(".ei.csv", do.call(rbind, rows))

  pairs <- function(m) if (nrow(m) == 0) 0 else sum(choose(component.dist(m, connected = "weak")$csize, 2))
  parts <- function(m) if (nrow(m) == 0) 0 else length(component.dist(m, connected = "weak")$csize)
  whole <- pairs(g)
  key <- data.frame(id = nodes$id, pairs_disconnected = 0, components_after = 0)
  for (v in seq_len(n)) {
    rest <- g[-v, -v, drop = FALSE]
    # Pairs with the removed actor itself are not counted: before, the actor's
    # own part had (size - 1) reachable partners for it.
    own <- sum(g[v, ] > 0 | g[, v] > 0)
    reach <- if (n > 1) sum(geodist(g)$counts[v, -v] > 0) else 0
    key$pairs_disconnected[v] <- whole - reach - pairs(rest)
    key$components_after[v] <- parts(rest)
  }
  out(".key.csv", key)
}

for (name in args[-1]) measure(name)
