import type { Recipient } from '@jrmc/core/contract';
import type { SandboxStore } from '../db/store.js';
import { COLLECTIONS } from '../services/records.js';

const insurer = (id: string, name: string, group: string, line1: string, postcode: string, city: string, line2?: string): Recipient => ({
  id,
  kind: 'insurer',
  name,
  group,
  address: { line1, line2: line2 ?? null, postcode, city },
  acceptsLre: true,
});
const bank = (id: string, name: string, group: string, line1: string, postcode: string, city: string): Recipient => ({
  id,
  kind: 'bank',
  name,
  group,
  address: { line1, line2: null, postcode, city },
  acceptsLre: true,
});

/** A small, real directory: French insurers and banks with their publicly listed head offices. */
export const DIRECTORY: readonly Recipient[] = [
  insurer('ins_axa', 'AXA France IARD', 'AXA', '313 Terrasses de l’Arche', '92727', 'Nanterre Cedex'),
  insurer('ins_allianz', 'Allianz IARD', 'Allianz', '1 cours Michelet', '92076', 'Paris La Défense Cedex', 'CS 30051'),
  insurer('ins_generali', 'Generali IARD', 'Generali', '2 rue Pillet-Will', '75009', 'Paris'),
  insurer('ins_maif', 'MAIF', 'MAIF', '200 avenue Salvador Allende', '79038', 'Niort Cedex 9'),
  insurer('ins_macif', 'MACIF', 'Aéma Groupe', '2-4 rue du Pied de Fond', '79000', 'Niort'),
  insurer('ins_maaf', 'MAAF Assurances', 'Covéa', 'Chaban de Chauray', '79036', 'Niort Cedex 9'),
  insurer('ins_mma', 'MMA IARD', 'Covéa', '14 boulevard Marie et Alexandre Oyon', '72030', 'Le Mans Cedex 9'),
  insurer('ins_gmf', 'GMF Assurances', 'Covéa', '148 rue Anatole France', '92300', 'Levallois-Perret'),
  insurer('ins_groupama', 'Groupama Assurances Mutuelles', 'Groupama', '8-10 rue d’Astorg', '75008', 'Paris'),
  insurer('ins_matmut', 'Matmut', 'Matmut', '66 rue de Sotteville', '76100', 'Rouen'),
  insurer('ins_pacifica', 'Pacifica', 'Crédit Agricole Assurances', '8-10 boulevard de Vaugirard', '75015', 'Paris'),
  insurer('ins_harmonie', 'Harmonie Mutuelle', 'VYV', '143 rue Blomet', '75015', 'Paris'),
  insurer('ins_mgen', 'MGEN', 'VYV', '3 square Max Hymans', '75748', 'Paris Cedex 15'),
  insurer('ins_cnp', 'CNP Assurances', 'La Banque Postale', '4 promenade Cœur de Ville', '92130', 'Issy-les-Moulineaux'),
  bank('bnk_bnp', 'BNP Paribas', 'BNP Paribas', '16 boulevard des Italiens', '75009', 'Paris'),
  bank('bnk_sg', 'Société Générale', 'Société Générale', '29 boulevard Haussmann', '75009', 'Paris'),
  bank('bnk_lcl', 'LCL – Le Crédit Lyonnais', 'Crédit Agricole', '18 rue de la République', '69002', 'Lyon'),
  bank('bnk_ca', 'Crédit Agricole S.A.', 'Crédit Agricole', '12 place des États-Unis', '92127', 'Montrouge Cedex'),
  bank('bnk_lbp', 'La Banque Postale', 'La Banque Postale', '115 rue de Sèvres', '75275', 'Paris Cedex 06'),
  bank('bnk_cm', 'Crédit Mutuel', 'Crédit Mutuel', '88-90 rue Cardinet', '75017', 'Paris'),
  bank('bnk_cic', 'CIC', 'Crédit Mutuel', '6 avenue de Provence', '75009', 'Paris'),
  bank('bnk_bpce', 'BPCE (Banque Populaire, Caisse d’Épargne)', 'BPCE', '7 promenade Germaine Sablon', '75013', 'Paris'),
  bank('bnk_bourso', 'BoursoBank', 'Société Générale', '44 rue Traversière', '92100', 'Boulogne-Billancourt'),
];

/** Puts the directory in a new store (kept as is in an existing one). */
export function seedDirectory(store: SandboxStore): void {
  if (store.count(COLLECTIONS.recipients) > 0) return;
  store.transaction(() => {
    for (const recipient of DIRECTORY) store.put(COLLECTIONS.recipients, recipient);
  });
}
