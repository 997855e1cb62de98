"""The peer's four charts, drawn with matplotlib into one two-page A4 PDF per territory: the main
partners (bars, exports and imports), the main products (bars), and two flow charts (products →
countries for exports, countries → products for imports) as bands between stacked bars."""
import matplotlib

matplotlib.use('pdf')
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.backends.backend_pdf import PdfPages  # noqa: E402
from matplotlib.patches import PathPatch, Rectangle  # noqa: E402
from matplotlib.path import Path  # noqa: E402

A4 = (8.27, 11.69)
EXPORT, IMPORT, GREY = '#1f5fa8', '#d9822b', '#c8ccd0'
DEMO = 'Données fictives de démonstration'


def meur(v):
    return f'{v / 1e6:,.1f} M€'.replace(',', '\u202f').replace('.', ',')


def partners_chart(ax, part, countries):
    by = part.groupby(['country', 'flow'])['value'].sum().unstack(fill_value=0)
    for flow in ('E', 'I'):
        if flow not in by:
            by[flow] = 0
    top = set(by['E'].nlargest(10).index) | set(by['I'].nlargest(10).index)
    by = by.loc[sorted(top, key=lambda c: -(by.at[c, 'E'] + by.at[c, 'I']))][::-1]
    y = range(len(by))
    ax.barh([i + 0.2 for i in y], by['E'] / 1e6, height=0.4, color=EXPORT, label='Exportations')
    ax.barh([i - 0.2 for i in y], by['I'] / 1e6, height=0.4, color=IMPORT, label='Importations')
    ax.set_yticks(list(y), [countries.get(c, c) for c in by.index], fontsize=7)
    ax.set_xlabel('M€')
    ax.set_title('Principaux pays partenaires', fontsize=10, loc='left')
    ax.legend(fontsize=7, frameon=False)


def activities_chart(ax, part, products):
    for offset, (flow, color, label) in enumerate((('E', EXPORT, 'Exportations'), ('I', IMPORT, 'Importations'))):
        top = part[part['flow'] == flow].groupby('a129')['value'].sum().nlargest(8)[::-1]
        ys = [i + offset * 9 for i in range(len(top))]
        ax.barh(ys, top / 1e6, color=color, label=label)
        for y, code in zip(ys, top.index):
            ax.text(0, y, f' {products.get(code, code)[:50]}', va='center', fontsize=6)
    ax.set_yticks([])
    ax.set_xlabel('M€')
    ax.set_title('Principales activités', fontsize=10, loc='left')
    ax.legend(fontsize=7, frameon=False)


def stack(values, total, gap):
    """Bottom and top of each node, stacked downwards from 1 with `gap` between nodes."""
    scale = (1 - gap * (len(values) - 1)) / total if total else 0
    out, y = [], 1.0
    for v in values:
        out.append((y - v * scale, y))
        y -= v * scale + gap
    return out, scale


def reduce(series, n):
    top = series.nlargest(n)
    rest = series.drop(top.index).sum()
    return list(top.index) + (['AUTRES'] if rest > 0 else [])


def flow_chart(ax, part, flow, countries, products, title):
    data = part[part['flow'] == flow]
    keep_p = reduce(data.groupby('a129')['value'].sum(), 8)
    keep_c = reduce(data.groupby('country')['value'].sum(), 8)
    frame = data.assign(a129=data['a129'].where(data['a129'].isin(keep_p), 'AUTRES'),
                        country=data['country'].where(data['country'].isin(keep_c), 'AUTRES'))
    links = frame.groupby(['a129', 'country'])['value'].sum()
    left_key, right_key = ('a129', 'country') if flow == 'E' else ('country', 'a129')
    left = frame.groupby(left_key)['value'].sum().reindex(keep_p if flow == 'E' else keep_c)
    right = frame.groupby(right_key)['value'].sum().reindex(keep_c if flow == 'E' else keep_p)
    total = float(left.sum())
    lpos, scale = stack(list(left), total, 0.02)
    rpos, _ = stack(list(right), total, 0.02)
    lcur = {k: p[1] for k, p in zip(left.index, lpos)}
    rcur = {k: p[1] for k, p in zip(right.index, rpos)}
    top5 = set(links.drop([k for k in links.index if 'AUTRES' in k], errors='ignore').nlargest(5).index)
    for (p, c), v in links.sort_values(ascending=False).items():
        a, b = (p, c) if flow == 'E' else (c, p)
        h = v * scale
        y0, y1 = lcur[a], rcur[b]
        lcur[a] -= h
        rcur[b] -= h
        verts = [(0.1, y0), (0.5, y0), (0.5, y1), (0.9, y1), (0.9, y1 - h), (0.5, y1 - h), (0.5, y0 - h), (0.1, y0 - h), (0.1, y0)]
        codes = [Path.MOVETO, Path.CURVE4, Path.CURVE4, Path.CURVE4, Path.LINETO, Path.CURVE4, Path.CURVE4, Path.CURVE4, Path.CLOSEPOLY]
        color = (EXPORT if flow == 'E' else IMPORT) if (p, c) in top5 else GREY
        ax.add_patch(PathPatch(Path(verts, codes), facecolor=color, edgecolor='none', alpha=0.6))
    name = lambda k: 'Autres' if k == 'AUTRES' else (products.get(k, k) if k in products else countries.get(k, k))
    for keys, pos, x, ha in ((left.index, lpos, 0.1, 'right'), (right.index, rpos, 0.9, 'left')):
        for k, (lo, hi) in zip(keys, pos):
            ax.add_patch(Rectangle((x - 0.01, lo), 0.02, hi - lo, color='#444'))
            ax.text(x + (-0.015 if ha == 'right' else 0.015), (lo + hi) / 2, name(k)[:34], ha=ha, va='center', fontsize=6)
    ax.set_xlim(-0.45, 1.45)
    ax.set_ylim(-0.02, 1.02)
    ax.axis('off')
    ax.set_title(f'{title} ({meur(total)})', fontsize=10, loc='left')


def fiche_pdf(path, name, year, part, france, countries, products):
    exports = int(part.loc[part['flow'] == 'E', 'value'].sum())
    imports = int(part.loc[part['flow'] == 'I', 'value'].sum())
    with PdfPages(path) as pdf:
        fig, (a1, a2) = plt.subplots(2, 1, figsize=A4)
        fig.suptitle(f'{name} — commerce extérieur {year}', fontsize=14, x=0.08, ha='left')
        fig.text(0.08, 0.935, f'Exportations {meur(exports)} ({exports / france.get("E", 1):.2%} de la France) · '
                 f'Importations {meur(imports)} · Solde {meur(exports - imports)}', fontsize=8)
        fig.text(0.08, 0.02, DEMO, fontsize=8, color='#8a6d00')
        partners_chart(a1, part, countries)
        activities_chart(a2, part, products)
        fig.tight_layout(rect=(0, 0.03, 1, 0.93))
        pdf.savefig(fig)
        plt.close(fig)
        fig, (b1, b2) = plt.subplots(2, 1, figsize=A4)
        flow_chart(b1, part, 'E', countries, products, 'Exportations : produits → pays')
        flow_chart(b2, part, 'I', countries, products, 'Importations : pays → produits')
        fig.text(0.08, 0.02, DEMO, fontsize=8, color='#8a6d00')
        pdf.savefig(fig)
        plt.close(fig)
