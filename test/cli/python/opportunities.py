# Independent computation of issue 23's « Pistes d'action » from the raw lines of official-format
# files, with numpy, straight from the definitions in docs/indicateurs.md.
# Usage: opportunities.py EXPORT_FILE IMPORT_FILE DEPT [OWN] -> JSON on stdout: DEPT's related
# activities and complexity, every département's ECI (by DGDDI code), and the markets and suppliers
# of OWN, the territory's DGDDI département codes separated by commas (default DEPT; '*' = France).
import json
import sys
from collections import defaultdict

import numpy as np


def read(path):
    rows = []
    with open(path, encoding="latin-1") as f:
        for line in f:
            parts = line.rstrip("\r\n").split(";")
            if len(parts) < 10:
                continue
            rows.append((parts[3], parts[5], parts[7], float(parts[8])))
    return rows


def sums(rows, key):
    out = defaultdict(float)
    for r in rows:
        out[key(r)] += r[3]
    return out


def complexity_index(m, sign):
    k = m.sum(axis=1)
    kc = m.sum(axis=0)
    mt = (m / kc) @ m.T / k[:, None]
    values, vectors = np.linalg.eig(mt)
    order = np.argsort(-values.real)
    v = vectors[:, order[1]].real
    z = (v - v.mean()) / v.std()
    c = np.sum((z - z.mean()) * (k - k.mean())) * sign
    return -z if c < 0 else z


def main(export_file, import_file, dept, own=None):
    exports, imports = read(export_file), read(import_file)
    x = sums(exports, lambda r: (r[0], r[1]))
    deps = sorted({d for d, _ in x})
    prods = sorted({p for _, p in x})
    X = np.array([[x.get((d, p), 0.0) for p in prods] for d in deps])
    rca = (X / X.sum(axis=1)[:, None]) / (X.sum(axis=0) / X.sum())
    M = (rca >= 1).astype(float)
    kd, kp = M.sum(axis=1), M.sum(axis=0)
    n = len(prods)
    phi = np.zeros((n, n))
    for p in range(n):
        for q in range(n):
            if p != q and kp[p] > 0 and kp[q] > 0:
                phi[p, q] = (M[:, p] * M[:, q]).sum() / max(kp[p], kp[q])
    rows, cols = kd > 0, kp > 0
    sub = M[rows][:, cols]
    eci = np.full(len(deps), np.nan)
    eci[rows] = complexity_index(sub, 1)
    pci = np.full(n, np.nan)
    pci[cols] = complexity_index(sub.T, -1)
    d = deps.index(dept)
    F = X.sum(axis=0)
    related = []
    for p in range(n):
        den = phi[p].sum()
        if M[d, p] == 1 or den == 0 or F[p] <= 0:
            continue
        related.append((-(M[d] @ phi[p]) / den, -F[p], prods[p], rca[d, p], pci[p]))
    related.sort()
    fc = sums(exports, lambda r: (r[1], r[2]))
    fi = sums(imports, lambda r: (r[1], r[2]))
    mine = (lambda code: True) if own == "*" else (lambda code: code in set((own or dept).split(",")))
    own_e = sums([r for r in exports if mine(r[0])], lambda r: (r[1], r[2]))
    own_i = sums([r for r in imports if mine(r[0])], lambda r: (r[1], r[2]))
    markets = []
    tp = defaultdict(float)
    for (p, _), v in own_e.items():
        tp[p] += v
    for p, t in sorted(tp.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
        fp = sum(v for (q, _), v in fc.items() if q == p)
        s = t / fp
        gaps = [(-(s * v - own_e.get((p, c), 0)), -v, c) for (q, c), v in fc.items() if q == p]
        markets.append({"product": p, "countries": [[c, -g] for g, _, c in sorted(gaps) if -g > 0][:3]})
    suppliers = []
    ip = defaultdict(float)
    for (p, _), v in own_i.items():
        ip[p] += v
    for (p, c0), v in own_i.items():
        if v >= 0.5 * ip[p]:
            fip = sum(w for (q, _), w in fi.items() if q == p)
            others = sorted((-w, c) for (q, c), w in fi.items() if q == p and c != c0)[:3]
            suppliers.append({"product": p, "country": c0, "france_share": fi[(p, c0)] / fip, "alternatives": [[c, -w] for w, c in others]})
    ranked = eci[~np.isnan(eci)]
    print(json.dumps({
        "related": [{"product": r[2], "density": -r[0], "rca": r[3], "pci": r[4]} for r in related[:10]],
        "complexity": {"eci": eci[d], "rank_in_france": int(1 + (ranked > eci[d]).sum()), "of_france": int(len(ranked)), "diversity": int(kd[d])},
        "eci": {code: eci[i] for i, code in enumerate(deps) if not np.isnan(eci[i])},
        "markets": markets,
        "suppliers": sorted(suppliers, key=lambda s: (s["product"], s["country"])),
    }))


main(*sys.argv[1:5])
