// A Territoire d'industrie with its member groupements, as the shipped list describes it.

export interface TiGroupement {
  /** SIREN of the EPCI or EPT, or of a commune for the few territories defined by communes. */
  siren: string;
  /** ANCT's label: 'CA Roannais Agglomération'. */
  name: string;
  /** 'CC', 'CA', 'CU', 'METRO', 'EPT' (as in the découpage) or 'COM' (a commune). */
  nature: string;
  /** INSEE codes of the départements of its communes ('42', '2A', '971'). */
  departements: string[];
  /** INSEE codes of its communes. */
  communes: string[];
}

export interface TiTerritory {
  /** ANCT's id 'ti-RRNN' (RR: the INSEE région code). */
  id: string;
  /** ANCT's label. */
  name: string;
  /** INSEE région code. */
  region: string;
  /** INSEE département codes it spans, in code order ('2A' before '2B' at 20). */
  departements: string[];
  /** Empty when the list came from ANCT's commune file, which names no groupement. */
  groupements: TiGroupement[];
}
