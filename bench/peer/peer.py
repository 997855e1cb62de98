#!/usr/bin/env python3
"""The peer of `npm start` for `npm run bench`: what an analyst writes by hand with pandas and
matplotlib instead of territrade. It reads the demo ZIPs (the same files `territrade demo`
imports), keeps the newest file's rows for each (year, flow, quarter) as the import does, takes
the latest complete year, groups it once, then draws four charts per territory (partners,
activities, two product/country flow charts) into one PDF per territory.

Usage: peer.py DEMO_DIR TERRITORIES_CSV OUT_DIR [--totals FILE] [--totals-only]

TERRITORIES_CSV is the analyst's correspondence table (dgddi;code;name;region;region_name), written
by the bench from territrade's reference data. --totals writes every territory's totals by
flow, country and A129 product as JSON, which the bench compares with territrade's figures.
"""
import io
import json
import os
import sys
import zipfile

import numpy as np
import pandas as pd

COLUMNS = ['flow', 'quarter', 'year', 'dept', 'region', 'a129', 'cpf4', 'country', 'value', 'mass']
# Codes stay strings: Namibia's country code is 'NA', which pandas would otherwise read as missing.
DTYPES = {'flow': 'category', 'quarter': 'int8', 'year': 'int16', 'dept': 'category', 'region': 'category',
          'a129': 'category', 'cpf4': 'category', 'country': 'category', 'value': 'int64', 'mass': 'int64'}
LABEL_FILES = ('Libelle_', 'Departement_region', 'DONNEES_FICTIVES')


def read_zip(path):
    """The trade rows of one DGDDI ZIP, and its label files' text by name."""
    with zipfile.ZipFile(path) as z:
        labels = {}
        frame = None
        for name in z.namelist():
            if name.startswith(LABEL_FILES):
                labels[name] = z.read(name).decode('utf-8-sig', errors='replace')
            else:
                with z.open(name) as f:
                    frame = pd.read_csv(f, sep=';', header=None, names=COLUMNS, dtype=DTYPES,
                                        keep_default_na=False, na_filter=False, usecols=[0, 1, 2, 3, 5, 7, 8])
    return frame, labels


def zip_order(name):
    """Annual ZIPs by year, then the latest publication (which replaces their last quarters)."""
    return (1 if 'derniere' in name.lower() else 0, name)


def load(demo_dir):
    names = sorted((n for n in os.listdir(demo_dir) if n.lower().endswith('.zip')), key=zip_order)
    frames, labels = [], {}
    for name in names:
        frame, file_labels = read_zip(os.path.join(demo_dir, name))
        frames.append(frame)
        labels.update(file_labels)
    # A later file replaces what earlier ones held for the same year, flow and quarter.
    owner = {}
    for i, frame in enumerate(frames):
        for key in frame[['year', 'flow', 'quarter']].drop_duplicates().itertuples(index=False):
            owner[tuple(key)] = i
    complete = [y for y in {k[0] for k in owner} if sum(1 for k in owner if k[0] == y) == 8]
    year = max(complete)
    kept = []
    for i, frame in enumerate(frames):
        mine = [(f, q) for (y, f, q), o in owner.items() if o == i and y == year]
        if not mine:
            continue
        part = frame[frame['year'] == year]
        mask = np.zeros(len(part), dtype=bool)
        for f, q in mine:
            mask |= ((part['flow'] == f) & (part['quarter'] == q)).to_numpy()
        kept.append(part[mask])
    data = pd.concat(kept, ignore_index=True)
    for col in ('flow', 'dept', 'a129', 'country'):
        data[col] = data[col].astype(str)
    return year, data, labels


def label_map(labels, prefix):
    for name, text in labels.items():
        if name.startswith(prefix):
            out = {}
            for line in text.splitlines():
                parts = line.split(';')
                if len(parts) >= 2:
                    out[parts[0].strip()] = parts[1].strip()
            return out
    return {}


def territories(path):
    table = pd.read_csv(path, sep=';', dtype=str, keep_default_na=False, na_filter=False)
    out = [(f'departement:{r.code}', r.name, [r.dgddi]) for r in table.itertuples()]
    for (region, name), group in table.groupby(['region', 'region_name'], sort=True):
        out.append((f'region:{region}', name, list(group['dgddi'])))
    out.append(('france:FR', 'France', list(table['dgddi'])))
    return out


def totals_of(cube, depts):
    part = cube[cube['dept'].isin(depts)]
    by_flow = part.groupby('flow')['value'].sum()
    by_country = part.groupby(['flow', 'country'])['value'].sum()
    by_a129 = part.groupby(['flow', 'a129'])['value'].sum()
    return {
        'exports': int(by_flow.get('E', 0)),
        'imports': int(by_flow.get('I', 0)),
        'countries': {f'{f}:{c}': int(v) for (f, c), v in by_country.items() if v},
        'a129': {f'{f}:{a}': int(v) for (f, a), v in by_a129.items() if v},
    }


def main(argv):
    demo_dir, table_path, out_dir = argv[1:4]
    totals_path = argv[argv.index('--totals') + 1] if '--totals' in argv else None
    year, data, labels = load(demo_dir)
    # The one groupby: every département's trade by flow, product and country.
    cube = data.groupby(['dept', 'flow', 'a129', 'country'], observed=True, sort=False)['value'].sum().reset_index()
    terr = territories(table_path)
    if totals_path:
        with open(totals_path, 'w') as f:
            json.dump({'year': int(year), 'territories': {key: totals_of(cube, depts) for key, _, depts in terr}}, f)
    if '--totals-only' in argv:
        return
    from charts import fiche_pdf  # matplotlib only when drawing
    countries = label_map(labels, 'Libelle_PAYS')
    products = label_map(labels, 'Libelle_A129')
    france = cube.groupby('flow')['value'].sum()
    os.makedirs(out_dir, exist_ok=True)
    for key, name, depts in terr:
        part = cube[cube['dept'].isin(depts)]
        fiche_pdf(os.path.join(out_dir, key.replace(':', '-') + '.pdf'), name, year, part, france, countries, products)


if __name__ == '__main__':
    main(sys.argv)
