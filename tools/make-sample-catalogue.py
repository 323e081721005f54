#!/usr/bin/env python3
"""Generates Tremplin's SAMPLE course catalogue and its reference data (deterministic, seed 2026).

The courses are invented: plausible titles, languages, levels and lengths in the proportions of a real
online catalogue, not OpenClassrooms' actual courses. Run from the repository root:

    python3 tools/make-sample-catalogue.py

Writes src/main/resources/catalogue/{skills,topics,sample-catalogue}.csv (occupations.csv is kept by hand).
"""
import csv
import os
import random
import re
import unicodedata

OUT = os.path.join("src", "main", "resources", "catalogue")
random.seed(2026)

# tag: (fr, en, de)
SKILLS = {
    "computer-basics": ("bases de l'ordinateur", "computer basics", "Computer-Grundlagen"),
    "internet-basics": ("bases d'Internet", "internet basics", "Internet-Grundlagen"),
    "email": ("e-mail", "email", "E-Mail"),
    "online-safety": ("sécurité en ligne", "online safety", "Sicherheit im Netz"),
    "video-calls": ("appels vidéo", "video calls", "Videoanrufe"),
    "smartphone": ("smartphone", "smartphone", "Smartphone"),
    "online-admin": ("démarches en ligne", "online paperwork", "Behördengänge online"),
    "file-management": ("gestion des fichiers", "file management", "Dateiverwaltung"),
    "word-processing": ("traitement de texte", "word processing", "Textverarbeitung"),
    "spreadsheets": ("tableurs", "spreadsheets", "Tabellenkalkulation"),
    "presentations": ("présentations", "presentations", "Präsentationen"),
    "collaboration-tools": ("outils collaboratifs", "collaboration tools", "Werkzeuge für Zusammenarbeit"),
    "online-job-search": ("recherche d'emploi en ligne", "online job search", "Online-Stellensuche"),
    "cv-writing": ("rédaction de CV", "CV writing", "Lebenslauf schreiben"),
    "cover-letter": ("lettre de motivation", "cover letters", "Anschreiben"),
    "job-interview": ("entretien d'embauche", "job interviews", "Vorstellungsgespräch"),
    "professional-networking": ("réseaux professionnels", "professional networking", "berufliche Netzwerke"),
    "written-communication": ("communication écrite", "written communication", "schriftliche Kommunikation"),
    "public-speaking": ("prise de parole", "public speaking", "freies Sprechen"),
    "teamwork": ("travail en équipe", "teamwork", "Teamarbeit"),
    "customer-relations": ("relation client", "customer relations", "Kundenbeziehung"),
    "conflict-management": ("gestion des conflits", "conflict management", "Konfliktbewältigung"),
    "time-management": ("gestion du temps", "time management", "Zeitmanagement"),
    "management": ("management d'équipe", "team management", "Teamführung"),
    "leadership": ("leadership", "leadership", "Führungskompetenz"),
    "project-management": ("gestion de projet", "project management", "Projektmanagement"),
    "agile": ("méthodes agiles", "agile methods", "agile Methoden"),
    "html-css": ("HTML et CSS", "HTML and CSS", "HTML und CSS"),
    "javascript": ("JavaScript", "JavaScript", "JavaScript"),
    "python": ("Python", "Python", "Python"),
    "java": ("Java", "Java", "Java"),
    "sql": ("SQL et bases de données", "SQL and databases", "SQL und Datenbanken"),
    "git": ("Git", "Git", "Git"),
    "wordpress": ("WordPress", "WordPress", "WordPress"),
    "data-analysis": ("analyse de données", "data analysis", "Datenanalyse"),
    "data-visualisation": ("visualisation de données", "data visualisation", "Datenvisualisierung"),
    "statistics": ("statistiques", "statistics", "Statistik"),
    "machine-learning": ("apprentissage automatique", "machine learning", "maschinelles Lernen"),
    "it-support": ("support informatique", "IT support", "IT-Support"),
    "networks": ("réseaux informatiques", "computer networks", "Computernetzwerke"),
    "linux": ("Linux", "Linux", "Linux"),
    "cybersecurity": ("cybersécurité", "cybersecurity", "Cybersicherheit"),
    "cloud": ("cloud", "cloud computing", "Cloud-Computing"),
    "digital-marketing": ("marketing digital", "digital marketing", "digitales Marketing"),
    "social-media": ("réseaux sociaux", "social media", "soziale Medien"),
    "seo": ("référencement (SEO)", "search engine optimisation", "Suchmaschinenoptimierung"),
    "content-writing": ("rédaction web", "web writing", "Texten fürs Web"),
    "graphic-design": ("graphisme", "graphic design", "Grafikdesign"),
    "e-commerce": ("e-commerce", "e-commerce", "E-Commerce"),
    "sales": ("vente", "sales", "Verkauf"),
    "negotiation": ("négociation", "negotiation", "Verhandlung"),
    "cash-register": ("encaissement", "cash handling", "Kassieren"),
    "merchandising": ("mise en rayon et merchandising", "merchandising", "Warenpräsentation"),
    "logistics": ("logistique", "logistics", "Logistik"),
    "stock-management": ("gestion des stocks", "stock management", "Lagerverwaltung"),
    "supply-chain": ("chaîne d'approvisionnement", "supply chain", "Lieferkette"),
    "transport-rules": ("réglementation du transport", "transport regulations", "Transportvorschriften"),
    "accounting-basics": ("bases de la comptabilité", "accounting basics", "Grundlagen der Buchhaltung"),
    "invoicing": ("facturation", "invoicing", "Rechnungsstellung"),
    "payroll": ("paie", "payroll", "Lohnabrechnung"),
    "budgeting": ("budget", "budgeting", "Budgetplanung"),
    "hr-basics": ("bases des ressources humaines", "HR basics", "Personalwesen-Grundlagen"),
    "recruitment": ("recrutement", "recruitment", "Personalgewinnung"),
    "labour-law": ("droit du travail", "labour law", "Arbeitsrecht"),
    "training-design": ("conception de formations", "training design", "Schulungskonzeption"),
    "care-of-elderly": ("accompagnement des personnes âgées", "care of older people", "Betreuung älterer Menschen"),
    "patient-care": ("soins de confort", "patient comfort care", "Grundpflege"),
    "first-aid": ("premiers secours", "first aid", "Erste Hilfe"),
    "health-safety-at-work": ("santé et sécurité au travail", "health and safety at work", "Arbeitsschutz"),
    "hygiene-food-safety": ("hygiène alimentaire", "food hygiene", "Lebensmittelhygiene"),
    "cooking-basics": ("bases de la cuisine", "cooking basics", "Kochgrundlagen"),
    "hotel-reception": ("accueil en hôtellerie", "hotel reception", "Hotelrezeption"),
    "entrepreneurship": ("entrepreneuriat", "entrepreneurship", "Unternehmertum"),
    "business-plan": ("plan d'affaires", "business plans", "Businessplan"),
    "legal-basics": ("bases juridiques", "legal basics", "rechtliche Grundlagen"),
    "gdpr": ("protection des données (RGPD)", "data protection (GDPR)", "Datenschutz (DSGVO)"),
    "french-at-work": ("français professionnel", "French at work", "Französisch im Beruf"),
    "english-at-work": ("anglais professionnel", "English at work", "Englisch im Beruf"),
    "german-at-work": ("allemand professionnel", "German at work", "Deutsch im Beruf"),
    "problem-solving": ("résolution de problèmes", "problem solving", "Problemlösung"),
    "learning-to-learn": ("apprendre à apprendre", "learning to learn", "Lernen lernen"),
    "building-trades-safety": ("sécurité sur les chantiers", "building site safety", "Sicherheit auf der Baustelle"),
    "technical-drawing": ("lecture de plans", "reading technical drawings", "Technische Zeichnungen lesen"),
    "vehicle-diagnostics": ("diagnostic automobile", "vehicle diagnostics", "Fahrzeugdiagnose"),
    "energy-efficiency": ("efficacité énergétique", "energy efficiency", "Energieeffizienz"),
}

TOPICS = {
    "digital-basics": ("Bases du numérique", "Digital basics", "Digitale Grundlagen"),
    "office": ("Bureautique", "Office software", "Büroanwendungen"),
    "job-search": ("Recherche d'emploi", "Job search", "Stellensuche"),
    "communication": ("Communication", "Communication", "Kommunikation"),
    "management": ("Management", "Management", "Management"),
    "project-management": ("Gestion de projet", "Project management", "Projektmanagement"),
    "web-development": ("Développement web", "Web development", "Webentwicklung"),
    "data": ("Données", "Data", "Daten"),
    "it-infrastructure": ("Systèmes et réseaux", "IT infrastructure", "IT-Infrastruktur"),
    "marketing": ("Marketing et communication digitale", "Marketing", "Marketing"),
    "sales-customer": ("Vente et relation client", "Sales and customer service", "Verkauf und Kundenservice"),
    "logistics": ("Logistique et transport", "Logistics and transport", "Logistik und Transport"),
    "finance-accounting": ("Gestion et comptabilité", "Finance and accounting", "Finanzen und Buchhaltung"),
    "hr": ("Ressources humaines", "Human resources", "Personalwesen"),
    "health-care": ("Santé et aide à la personne", "Health and care", "Gesundheit und Pflege"),
    "hospitality-food": ("Hôtellerie et restauration", "Hospitality and food", "Hotellerie und Gastronomie"),
    "entrepreneurship": ("Entrepreneuriat", "Entrepreneurship", "Unternehmertum"),
    "trades": ("Bâtiment et industrie", "Trades and industry", "Handwerk und Industrie"),
    "languages-at-work": ("Langues au travail", "Languages at work", "Sprachen im Beruf"),
}

# topic: weight, level weights (beginner, intermediate, advanced), subjects
# subject: (fr object with article, en object, es object, [skills])
S = lambda fr, en, es, *skills: (fr, en, es, list(skills))
SUBJECTS = {
    "digital-basics": (10, (70, 27, 3), [
        S("l'ordinateur", "the computer", "el ordenador", "computer-basics"),
        S("Internet", "the internet", "Internet", "internet-basics"),
        S("l'e-mail", "email", "el correo electrónico", "email"),
        S("la sécurité en ligne", "online safety", "la seguridad en línea", "online-safety", "internet-basics"),
        S("les appels vidéo", "video calls", "las videollamadas", "video-calls"),
        S("le smartphone", "your smartphone", "el smartphone", "smartphone"),
        S("les démarches administratives en ligne", "online paperwork", "los trámites en línea", "online-admin", "internet-basics"),
        S("la gestion de vos fichiers", "your files and folders", "la gestión de archivos", "file-management", "computer-basics"),
        S("les mots de passe", "passwords", "las contraseñas", "online-safety"),
        S("le cloud personnel", "personal cloud storage", "la nube personal", "file-management", "internet-basics"),
        S("les outils numériques du quotidien", "everyday digital tools", "las herramientas digitales", "computer-basics", "smartphone"),
        S("la recherche d'informations sur le Web", "searching the web", "la búsqueda en la web", "internet-basics"),
        S("l'apprentissage en ligne", "online learning", "el aprendizaje en línea", "learning-to-learn", "internet-basics"),
    ]),
    "office": (11, (50, 40, 10), [
        S("Excel", "Excel", "Excel", "spreadsheets"),
        S("les tableurs", "spreadsheets", "las hojas de cálculo", "spreadsheets"),
        S("les tableaux croisés dynamiques", "pivot tables", "las tablas dinámicas", "spreadsheets", "data-analysis"),
        S("Word", "Word", "Word", "word-processing"),
        S("le traitement de texte", "word processing", "el procesador de textos", "word-processing"),
        S("PowerPoint", "PowerPoint", "PowerPoint", "presentations"),
        S("les présentations percutantes", "effective presentations", "las presentaciones eficaces", "presentations", "public-speaking"),
        S("Google Workspace", "Google Workspace", "Google Workspace", "collaboration-tools", "spreadsheets"),
        S("Microsoft 365", "Microsoft 365", "Microsoft 365", "collaboration-tools", "word-processing"),
        S("les outils collaboratifs", "collaboration tools", "las herramientas colaborativas", "collaboration-tools", "teamwork"),
        S("la mise en page de documents", "document layout", "la maquetación de documentos", "word-processing"),
        S("le courrier professionnel", "business letters", "la correspondencia profesional", "word-processing", "written-communication"),
        S("les formules de calcul", "spreadsheet formulas", "las fórmulas de cálculo", "spreadsheets"),
        S("l'organisation de l'agenda et des e-mails", "calendar and email organisation", "la agenda y el correo", "email", "time-management"),
    ]),
    "job-search": (7, (70, 27, 3), [
        S("la recherche d'emploi en ligne", "online job search", "la búsqueda de empleo en línea", "online-job-search"),
        S("le CV", "your CV", "el currículum", "cv-writing"),
        S("la lettre de motivation", "cover letters", "la carta de presentación", "cover-letter", "written-communication"),
        S("l'entretien d'embauche", "job interviews", "la entrevista de trabajo", "job-interview", "public-speaking"),
        S("LinkedIn", "LinkedIn", "LinkedIn", "professional-networking", "online-job-search"),
        S("le réseau professionnel", "professional networking", "la red profesional", "professional-networking"),
        S("la reconversion professionnelle", "changing careers", "la reconversión profesional", "online-job-search", "learning-to-learn"),
        S("le projet professionnel", "your career plan", "el proyecto profesional", "online-job-search"),
        S("les candidatures en ligne", "online applications", "las candidaturas en línea", "online-job-search", "cv-writing"),
    ]),
    "communication": (7, (45, 45, 10), [
        S("la communication écrite", "written communication", "la comunicación escrita", "written-communication"),
        S("la prise de parole en public", "public speaking", "hablar en público", "public-speaking"),
        S("le travail en équipe", "teamwork", "el trabajo en equipo", "teamwork"),
        S("la gestion des conflits", "conflict management", "la gestión de conflictos", "conflict-management"),
        S("la communication interpersonnelle", "interpersonal communication", "la comunicación interpersonal", "teamwork", "conflict-management"),
        S("la gestion du temps", "time management", "la gestión del tiempo", "time-management"),
        S("l'écoute active", "active listening", "la escucha activa", "customer-relations", "teamwork"),
        S("la résolution de problèmes", "problem solving", "la resolución de problemas", "problem-solving"),
        S("les réunions efficaces", "effective meetings", "las reuniones eficaces", "teamwork", "time-management"),
        S("les écrits professionnels", "business writing", "la redacción profesional", "written-communication"),
    ]),
    "management": (5, (30, 50, 20), [
        S("le management d'équipe", "team management", "la gestión de equipos", "management"),
        S("le leadership", "leadership", "el liderazgo", "leadership", "management"),
        S("la délégation", "delegation", "la delegación", "management", "time-management"),
        S("l'entretien annuel", "performance reviews", "la evaluación anual", "management", "hr-basics"),
        S("le management à distance", "remote management", "la gestión a distancia", "management", "collaboration-tools"),
        S("la conduite du changement", "change management", "la gestión del cambio", "leadership"),
        S("la motivation des équipes", "team motivation", "la motivación de equipos", "leadership", "teamwork"),
    ]),
    "project-management": (5, (35, 45, 20), [
        S("la gestion de projet", "project management", "la gestión de proyectos", "project-management"),
        S("les méthodes agiles", "agile methods", "los métodos ágiles", "agile", "project-management"),
        S("Scrum", "Scrum", "Scrum", "agile"),
        S("le planning de projet", "project planning", "la planificación de proyectos", "project-management", "time-management"),
        S("Trello et Kanban", "Trello and Kanban", "Trello y Kanban", "agile", "collaboration-tools"),
        S("le cahier des charges", "project specifications", "el pliego de condiciones", "project-management", "written-communication"),
        S("la gestion des risques", "risk management", "la gestión de riesgos", "project-management", "problem-solving"),
    ]),
    "web-development": (10, (35, 40, 25), [
        S("HTML et CSS", "HTML and CSS", "HTML y CSS", "html-css"),
        S("JavaScript", "JavaScript", "JavaScript", "javascript"),
        S("Python", "Python", "Python", "python"),
        S("Java", "Java", "Java", "java"),
        S("PHP", "PHP", "PHP", "html-css"),
        S("React", "React", "React", "javascript"),
        S("Node.js", "Node.js", "Node.js", "javascript"),
        S("Git et GitHub", "Git and GitHub", "Git y GitHub", "git"),
        S("WordPress", "WordPress", "WordPress", "wordpress", "html-css"),
        S("le responsive design", "responsive design", "el diseño adaptable", "html-css"),
        S("les API REST", "REST APIs", "las API REST", "javascript", "python"),
        S("les tests logiciels", "software testing", "las pruebas de software", "python", "problem-solving"),
        S("l'algorithmique", "algorithms", "la algoritmia", "python", "problem-solving"),
        S("Django", "Django", "Django", "python", "sql"),
        S("Spring Boot", "Spring Boot", "Spring Boot", "java", "sql"),
        S("l'accessibilité web", "web accessibility", "la accesibilidad web", "html-css"),
    ]),
    "data": (7, (30, 45, 25), [
        S("l'analyse de données", "data analysis", "el análisis de datos", "data-analysis"),
        S("SQL", "SQL", "SQL", "sql"),
        S("les bases de données", "databases", "las bases de datos", "sql"),
        S("la visualisation de données", "data visualisation", "la visualización de datos", "data-visualisation"),
        S("Power BI", "Power BI", "Power BI", "data-visualisation", "data-analysis"),
        S("les statistiques", "statistics", "la estadística", "statistics"),
        S("Python pour la data", "Python for data", "Python para datos", "python", "data-analysis"),
        S("le machine learning", "machine learning", "el machine learning", "machine-learning", "python"),
        S("les tableaux de bord", "dashboards", "los cuadros de mando", "data-visualisation", "spreadsheets"),
        S("la protection des données personnelles", "personal data protection", "la protección de datos", "gdpr"),
    ]),
    "it-infrastructure": (6, (30, 45, 25), [
        S("le support informatique", "IT support", "el soporte informático", "it-support"),
        S("les réseaux informatiques", "computer networks", "las redes informáticas", "networks"),
        S("Linux", "Linux", "Linux", "linux"),
        S("la cybersécurité", "cybersecurity", "la ciberseguridad", "cybersecurity"),
        S("le cloud", "cloud computing", "la nube", "cloud"),
        S("Windows Server", "Windows Server", "Windows Server", "it-support", "networks"),
        S("la virtualisation", "virtualisation", "la virtualización", "cloud", "it-support"),
        S("le dépannage informatique", "computer troubleshooting", "la reparación informática", "it-support", "problem-solving"),
        S("la sauvegarde des données", "data backup", "las copias de seguridad", "it-support", "cybersecurity"),
    ]),
    "marketing": (6, (40, 45, 15), [
        S("le marketing digital", "digital marketing", "el marketing digital", "digital-marketing"),
        S("les réseaux sociaux", "social media", "las redes sociales", "social-media"),
        S("le référencement naturel", "SEO", "el posicionamiento web", "seo"),
        S("la rédaction web", "web writing", "la redacción web", "content-writing", "written-communication"),
        S("le graphisme avec Canva", "graphic design with Canva", "el diseño con Canva", "graphic-design"),
        S("la boutique en ligne", "your online shop", "la tienda en línea", "e-commerce"),
        S("l'e-mailing", "email marketing", "el email marketing", "digital-marketing", "email"),
        S("la stratégie de contenu", "content strategy", "la estrategia de contenidos", "content-writing", "digital-marketing"),
        S("la photo pour le Web", "photos for the web", "la fotografía para la web", "graphic-design", "social-media"),
    ]),
    "sales-customer": (6, (55, 35, 10), [
        S("la relation client", "customer relations", "la atención al cliente", "customer-relations"),
        S("les techniques de vente", "sales techniques", "las técnicas de venta", "sales"),
        S("la négociation commerciale", "sales negotiation", "la negociación comercial", "negotiation", "sales"),
        S("l'accueil du public", "welcoming customers", "la atención al público", "customer-relations"),
        S("l'encaissement", "cash handling", "el cobro en caja", "cash-register", "customer-relations"),
        S("le merchandising", "merchandising", "el merchandising", "merchandising"),
        S("la relation client au téléphone", "customer service by phone", "la atención telefónica", "customer-relations"),
        S("la gestion des réclamations", "handling complaints", "la gestión de reclamaciones", "customer-relations", "conflict-management"),
        S("la vente en magasin", "in-store selling", "la venta en tienda", "sales", "merchandising"),
    ]),
    "logistics": (5, (55, 35, 10), [
        S("la logistique", "logistics", "la logística", "logistics"),
        S("la gestion des stocks", "stock management", "la gestión de existencias", "stock-management"),
        S("la chaîne d'approvisionnement", "the supply chain", "la cadena de suministro", "supply-chain", "logistics"),
        S("la préparation de commandes", "order picking", "la preparación de pedidos", "stock-management", "health-safety-at-work"),
        S("la sécurité en entrepôt", "warehouse safety", "la seguridad en el almacén", "health-safety-at-work", "logistics"),
        S("la réglementation du transport routier", "road transport rules", "la normativa del transporte", "transport-rules"),
        S("les outils numériques de la logistique", "digital tools for logistics", "las herramientas digitales logísticas", "logistics", "spreadsheets"),
    ]),
    "finance-accounting": (5, (45, 40, 15), [
        S("la comptabilité", "accounting", "la contabilidad", "accounting-basics"),
        S("la facturation", "invoicing", "la facturación", "invoicing", "accounting-basics"),
        S("la paie", "payroll", "las nóminas", "payroll"),
        S("le budget", "budgeting", "el presupuesto", "budgeting"),
        S("la gestion de trésorerie", "cash-flow management", "la gestión de tesorería", "budgeting", "accounting-basics"),
        S("la fiscalité de l'entreprise", "business taxes", "la fiscalidad empresarial", "accounting-basics", "legal-basics"),
        S("Excel pour la gestion", "Excel for finance", "Excel para la gestión", "spreadsheets", "budgeting"),
    ]),
    "hr": (3, (45, 40, 15), [
        S("les ressources humaines", "human resources", "los recursos humanos", "hr-basics"),
        S("le recrutement", "recruitment", "la contratación", "recruitment"),
        S("le droit du travail", "labour law", "el derecho laboral", "labour-law"),
        S("la formation des adultes", "adult training", "la formación de adultos", "training-design"),
        S("l'administration du personnel", "personnel administration", "la administración de personal", "hr-basics", "payroll"),
    ]),
    "health-care": (4, (65, 30, 5), [
        S("l'accompagnement des personnes âgées", "caring for older people", "el cuidado de personas mayores", "care-of-elderly"),
        S("les soins de confort", "comfort care", "los cuidados de confort", "patient-care"),
        S("les premiers secours", "first aid", "los primeros auxilios", "first-aid"),
        S("la prévention des risques professionnels", "preventing workplace risks", "la prevención de riesgos laborales", "health-safety-at-work"),
        S("les gestes et postures", "safe lifting and posture", "las posturas en el trabajo", "health-safety-at-work"),
        S("l'hygiène à l'hôpital", "hospital hygiene", "la higiene hospitalaria", "patient-care", "health-safety-at-work"),
        S("l'aide à domicile", "home care", "la ayuda a domicilio", "care-of-elderly", "patient-care"),
    ]),
    "hospitality-food": (4, (65, 30, 5), [
        S("l'hygiène alimentaire", "food hygiene", "la higiene alimentaria", "hygiene-food-safety"),
        S("la méthode HACCP", "HACCP", "el método APPCC", "hygiene-food-safety"),
        S("les bases de la cuisine", "cooking basics", "la cocina básica", "cooking-basics"),
        S("le service en salle", "table service", "el servicio en sala", "customer-relations"),
        S("l'accueil en hôtellerie", "hotel reception", "la recepción hotelera", "hotel-reception", "customer-relations"),
        S("la gestion d'un restaurant", "running a restaurant", "la gestión de un restaurante", "budgeting", "management"),
    ]),
    "entrepreneurship": (3, (55, 35, 10), [
        S("la création d'entreprise", "starting a business", "la creación de empresas", "entrepreneurship"),
        S("le plan d'affaires", "business plans", "el plan de negocio", "business-plan", "budgeting"),
        S("le statut d'indépendant", "self-employment", "el trabajo autónomo", "entrepreneurship", "legal-basics"),
        S("la recherche de clients", "finding customers", "la captación de clientes", "sales", "digital-marketing"),
        S("le RGPD pour les petites entreprises", "GDPR for small businesses", "el RGPD para pymes", "gdpr", "legal-basics"),
    ]),
    "trades": (3, (55, 35, 10), [
        S("la sécurité sur les chantiers", "building site safety", "la seguridad en obra", "building-trades-safety", "health-safety-at-work"),
        S("la lecture de plans", "reading technical drawings", "la lectura de planos", "technical-drawing"),
        S("l'électricité du bâtiment", "building electrics", "la electricidad en edificios", "technical-drawing", "building-trades-safety"),
        S("le diagnostic automobile", "vehicle diagnostics", "el diagnóstico de vehículos", "vehicle-diagnostics"),
        S("la rénovation énergétique", "energy renovation", "la rehabilitación energética", "energy-efficiency"),
        S("la maintenance des bâtiments", "building maintenance", "el mantenimiento de edificios", "technical-drawing", "problem-solving"),
    ]),
    "languages-at-work": (3, (60, 35, 5), [
        S("le français professionnel", "French for work", "el francés profesional", "french-at-work"),
        S("l'anglais professionnel", "English for work", "el inglés profesional", "english-at-work"),
        S("l'allemand professionnel", "German for work", "el alemán profesional", "german-at-work"),
        S("l'anglais pour le service client", "English for customer service", "el inglés para atención al cliente", "english-at-work", "customer-relations"),
        S("le français écrit au travail", "written French at work", "el francés escrito en el trabajo", "french-at-work", "written-communication"),
    ]),
}

def fr_a(obj):
    return ("au " + obj[3:]) if obj.startswith("le ") else ("aux " + obj[4:]) if obj.startswith("les ") else "à " + obj

def fr_de(obj):
    if obj.startswith("le "):
        return "du " + obj[3:]
    if obj.startswith("les "):
        return "des " + obj[4:]
    if obj[:1] in "AEIOUÉaeiouéH" and not obj.startswith(("la ", "l'")):
        return "d'" + obj
    return "de " + obj

def cap(text):
    return text[:1].upper() + text[1:]

def bare(obj):
    for article in ("le ", "la ", "les ", "l'"):
        if obj.startswith(article):
            return obj[len(article):]
    return obj

FR = {
    "beginner": [lambda o: f"Initiez-vous {fr_a(o)}", lambda o: f"Découvrez {o}", lambda o: f"Les bases {fr_de(o)}",
                 lambda o: f"{cap(bare(o))} pour débuter", lambda o: f"Premiers pas avec {o}" if not o.startswith(("le ", "les ")) else f"Premiers pas : {o}",
                 lambda o: f"Apprenez {o} pas à pas", lambda o: f"Comprendre {o}"],
    "intermediate": [lambda o: f"Maîtrisez {o}", lambda o: f"Mettez en pratique {o}", lambda o: f"{cap(bare(o))} au quotidien",
                     lambda o: f"Gagnez en efficacité avec {o}" if not o.startswith(("le ", "les ")) else f"Gagnez en efficacité : {o}",
                     lambda o: f"Développez vos compétences : {o}", lambda o: f"Progressez en {bare(o)}" if o.startswith(("le ", "la ", "l'", "les ")) else f"Progressez avec {o}"],
    "advanced": [lambda o: f"Perfectionnez-vous : {o}", lambda o: f"Approfondissez {o}", lambda o: f"{cap(bare(o))} : niveau avancé",
                 lambda o: f"Devenez expert : {o}", lambda o: f"Passez à la vitesse supérieure : {o}"],
}
EN = {
    "beginner": [lambda o: f"Get started with {o}", lambda o: f"Discover {o}", lambda o: f"{cap(o)} for beginners",
                 lambda o: f"Learn the basics of {o}", lambda o: f"{cap(o)}: first steps"],
    "intermediate": [lambda o: f"Master {o}", lambda o: f"{cap(o)} in practice", lambda o: f"Improve your skills in {o}",
                     lambda o: f"Work smarter with {o}"],
    "advanced": [lambda o: f"Advanced {o}", lambda o: f"Become an expert in {o}", lambda o: f"{cap(o)}: going further"],
}
ES = {
    "beginner": [lambda o: f"Introducción a {bare(o)}", lambda o: f"Descubre {o}", lambda o: f"{cap(bare(o))} para principiantes"],
    "intermediate": [lambda o: f"Domina {o}", lambda o: f"{cap(bare(o))} en la práctica"],
    "advanced": [lambda o: f"{cap(bare(o))}: nivel avanzado"],
}
TEMPLATES = {"fr": FR, "en": EN, "es": ES}
PATHS = {
    "digital-basics": ["Premiers pas numériques"], "office": ["Assistant de gestion", "Office manager"],
    "job-search": ["Retour à l'emploi"], "communication": ["Chargé de communication"], "management": ["Manager d'équipe"],
    "project-management": ["Chef de projet"], "web-development": ["Développeur web", "Développeur d'application"],
    "data": ["Data analyst"], "it-infrastructure": ["Technicien support informatique", "Administrateur systèmes et réseaux"],
    "marketing": ["Chargé de marketing digital"], "sales-customer": ["Chargé de clientèle", "Conseiller de vente"],
    "logistics": ["Agent logistique"], "finance-accounting": ["Assistant comptable", "Gestionnaire de paie"],
    "hr": ["Assistant ressources humaines"], "health-care": ["Aide à la personne"], "hospitality-food": ["Métiers de la restauration"],
    "entrepreneurship": ["Créer son entreprise"], "trades": ["Métiers du bâtiment"], "languages-at-work": ["Langues pour l'emploi"],
}

def slug(text):
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]

def pick(weights):
    return random.choices(list(weights), weights=list(weights.values()))[0]

def main():
    os.makedirs(OUT, exist_ok=True)
    courses, used, ids = [], set(), set()
    topic_weights = {topic: spec[0] for topic, spec in SUBJECTS.items()}
    quotas = {"fr": 2040, "en": 810, "es": 150}
    while len(courses) < 3000:
        language = pick({lang: left for lang, left in quotas.items() if left > 0})
        topic = pick(topic_weights)
        levels = SUBJECTS[topic][1]
        level = pick({"beginner": levels[0], "intermediate": levels[1], "advanced": levels[2]})
        subject = random.choice(SUBJECTS[topic][2])
        obj = {"fr": subject[0], "en": subject[1], "es": subject[2]}[language]
        template = random.choice(TEMPLATES[language][level])
        title = template(obj)
        if (language, title.lower()) in used:
            continue
        used.add((language, title.lower()))
        quotas[language] -= 1
        while True:
            course_id = str(random.randint(7000000, 7999999))
            if course_id not in ids:
                ids.add(course_id)
                break
        low, high = {"beginner": (2, 10), "intermediate": (6, 20), "advanced": (10, 40)}[level]
        hours = max(1, min(40, int(random.triangular(low, high, low + (high - low) / 3))))
        skills = list(subject[3])
        if random.random() < 0.15 and topic in ("office", "data") and "spreadsheets" not in skills:
            skills.append("spreadsheets")
        paths = random.sample(PATHS[topic], k=min(len(PATHS[topic]), random.choice([0, 0, 1, 1, 2])))
        courses.append([course_id, title, language, level, hours, topic, "|".join(skills), "|".join(paths),
                        f"https://openclassrooms.com/{language}/courses/{course_id}-{slug(title)}"])
    with open(os.path.join(OUT, "sample-catalogue.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["platform_id", "title", "language", "difficulty", "duration_hours", "topic", "skills", "paths", "url"])
        w.writerows(courses)
    with open(os.path.join(OUT, "skills.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["tag", "label_fr", "label_en", "label_de"])
        for tag, labels in SKILLS.items():
            w.writerow([tag, *labels])
    with open(os.path.join(OUT, "topics.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["topic", "label_fr", "label_en", "label_de"])
        for topic, labels in TOPICS.items():
            w.writerow([topic, *labels])
    known = set(SKILLS)
    for course in courses:
        assert set(course[6].split("|")) <= known, course
        assert course[5] in TOPICS, course

if __name__ == "__main__":
    main()
