// The notice every output built from demo data must show (fiche, site, CLI summary).

export const DEMO_NOTICE = 'Données fictives de démonstration';
