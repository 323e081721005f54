#!/usr/bin/env python3
"""Generates Tremplin's SAMPLE course catalogue from the catalogue's reference data (deterministic: seed 2026).

The 3,000 courses are INVENTED: plausible titles, languages, levels, lengths, topics, skill tags and paths
in the proportions of a real online catalogue (about 68 % French, 27 % English, 5 % Spanish). They are not
OpenClassrooms' actual courses. Run from the repository root (Python 3, standard library only):

    python3 tools/make-sample-catalogue.py [--out DIR]

Reads, from src/main/resources/catalogue/ (the source of truth that Tremplin loads, edited by hand):
    skills.csv            tag,label_fr,label_en,label_de
    topics.csv            topic,label_fr,label_en,label_de
    occupations.csv       rome,label_fr,label_en,skills

Writes (UTF-8, LF, RFC 4180 CSV with a header row) to that folder, or to DIR:
    sample-catalogue.csv  platform_id,title,language,difficulty,duration_hours,topic,skills,paths,url

Same input, same file: the generator only uses its own random.Random(2026) and fixed, ordered data.
"""
import csv
import math
import os
import random
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REFERENCE = os.path.join(ROOT, "src", "main", "resources", "catalogue")
SEED = 2026
COURSES = 3000
LANGUAGE_QUOTA = {"fr": 2040, "en": 810, "es": 150}  # 68 % / 27 % / 5 %

# ---------------------------------------------------------------------------------------------------------
# Reference data, read from the files Tremplin loads (the source of truth; this script never writes them):
#   skills.csv       tag -> (French, English, German)
#   topics.csv       topic -> (French, English, German)
#   occupations.csv  (rome, French, English, "tag|tag|...")
# ---------------------------------------------------------------------------------------------------------
def read_reference(name):
    with open(os.path.join(REFERENCE, name), newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[1:]


SKILLS = {row[0]: tuple(row[1:4]) for row in read_reference("skills.csv")}
TOPICS = {row[0]: tuple(row[1:4]) for row in read_reference("topics.csv")}
OCCUPATIONS = [tuple(row[:4]) for row in read_reference("occupations.csv")]

# ---------------------------------------------------------------------------------------------------------
# Course material. A topic has
#   nouns:    what a course is about, N(fr, en, es, skills, levels, ...) — French and Spanish with their
#             article ("la comptabilité"), or a bare name for tools and languages (kind "t": "Excel")
#   actions:  what a course teaches to do, A(fr infinitive, en infinitive, es infinitive, skills, levels)
#   contexts: optional audiences/settings appended to some noun titles, (fr, en, es, extra skill or None)
# levels: any of b(eginner), i(ntermediate), a(dvanced).
# ---------------------------------------------------------------------------------------------------------


class N:
    def __init__(self, fr, en, es, skills, levels="bia", kind="d", fr_bare="", es_bare="", ctx=None):
        self.fr, self.en, self.es, self.skills, self.levels, self.kind = fr, en, es, skills, levels, kind
        self.fr_bare = fr if kind == "t" else (strip_article(fr) if fr_bare == "" else fr_bare)
        self.es_bare = es if (kind == "t" or es is None) else (strip_article(es) if es_bare == "" else es_bare)
        self.ctx = (kind == "d") if ctx is None else ctx
        self.app = False  # an application (Excel, Power BI, Canva…): set below for the tools of some topics


class A:
    def __init__(self, fr, en, es, skills, levels="bi", series=False):
        self.fr, self.en, self.es, self.skills, self.levels, self.series = fr, en, es, skills, levels, series


def strip_article(text):
    for article in ("le ", "la ", "les ", "l'", "el ", "los ", "las "):
        if text.startswith(article):
            return text[len(article):]
    return text


T = "t"  # a tool, language or brand: no article

MATERIAL = {
    "digital-basics": dict(
        nouns=[
            N("l'ordinateur", "computers", "el ordenador", ["computer-basics"], "b", fr_bare=None, es_bare=None, ctx=False),
            N("Internet", "the internet", "Internet", ["internet-basics"], "b", T),
            N("la messagerie électronique", "email", "el correo electrónico", ["email"], "bi"),
            N("la sécurité en ligne", "online safety", "la seguridad en internet", ["online-safety"], "bi"),
            N("les appels vidéo", "video calls", "las videollamadas", ["video-calls"], "b"),
            N("le smartphone", "your smartphone", "el smartphone", ["smartphone"], "b", fr_bare=None, ctx=False),
            N("les démarches administratives en ligne", "online public services", "los trámites en línea",
              ["online-admin", "internet-basics"], "b"),
            N("la culture numérique", "digital literacy", "la cultura digital", ["computer-basics", "internet-basics"], "bi"),
            N("Windows", "Windows", "Windows", ["computer-basics"], "bi", T),
            N("le stockage en ligne", "cloud storage", "el almacenamiento en la nube", ["computer-basics", "internet-basics"], "b"),
            N("les mots de passe", "passwords", "las contraseñas", ["online-safety"], "b", fr_bare=None, ctx=False),
            N("la tablette", "your tablet", "la tableta", ["smartphone"], "b", fr_bare=None, es_bare=None, ctx=False),
            N("les outils numériques", "digital tools", "las herramientas digitales", ["computer-basics"], "b"),
        ],
        actions=[
            A("utiliser un ordinateur au quotidien", "use a computer in everyday life", "usar un ordenador en el día a día", ["computer-basics"], "b"),
            A("prendre en main votre ordinateur", "get to grips with your computer", "dominar tu ordenador", ["computer-basics"], "b"),
            A("envoyer vos premiers e-mails", "send your first emails", "enviar tus primeros correos electrónicos", ["email"], "b"),
            A("naviguer sur Internet en toute sécurité", "browse the internet safely", "navegar por internet con seguridad",
              ["internet-basics", "online-safety"], "b"),
            A("protéger vos données personnelles", "protect your personal data", "proteger tus datos personales", ["online-safety"], "bi"),
            A("reconnaître les arnaques en ligne", "spot online scams", "detectar las estafas en línea", ["online-safety"], "b"),
            A("participer à une réunion en visioconférence", "join a video meeting", "participar en una videoconferencia", ["video-calls"], "b"),
            A("organiser vos fichiers et dossiers", "organise your files and folders", "organizar tus archivos y carpetas", ["computer-basics"], "b"),
            A("remplir un formulaire en ligne", "fill in an online form", "rellenar un formulario en línea", ["online-admin", "internet-basics"], "b"),
            A("configurer votre smartphone", "set up your smartphone", "configurar tu smartphone", ["smartphone"], "b"),
            A("utiliser les applications mobiles du quotidien", "use everyday mobile apps", "usar las aplicaciones móviles del día a día",
              ["smartphone", "internet-basics"], "b"),
            A("gérer votre boîte mail", "manage your inbox", "gestionar tu bandeja de entrada", ["email"], "bi"),
            A("trouver une information fiable sur Internet", "find reliable information online", "encontrar información fiable en internet",
              ["internet-basics"], "bi"),
            A("sauvegarder vos données", "back up your data", "hacer copias de seguridad de tus datos", ["computer-basics", "online-safety"], "bi"),
            A("sécuriser vos comptes en ligne", "secure your online accounts", "proteger tus cuentas en línea", ["online-safety"], "bi"),
            A("travailler à distance avec les outils numériques", "work remotely with digital tools", "teletrabajar con herramientas digitales",
              ["video-calls", "email"], "bi"),
            A("effectuer vos démarches administratives en ligne", "deal with public services online", "hacer tus trámites por internet",
              ["online-admin"], "b"),
            A("utiliser le clavier et la souris", "use a keyboard and mouse", "usar el teclado y el ratón", ["computer-basics"], "b"),
        ],
        contexts=[("au quotidien", "in everyday life", "en el día a día", None),
                  ("pour les seniors", "for older adults", "para personas mayores", None),
                  ("pour votre recherche d'emploi", "for your job search", "para tu búsqueda de empleo", "online-job-search")],
    ),
    "office": dict(
        nouns=[
            N("Excel", "Excel", "Excel", ["spreadsheets"], "bia", T, ctx=True),
            N("Word", "Word", "Word", ["word-processing"], "bia", T, ctx=True),
            N("PowerPoint", "PowerPoint", "PowerPoint", ["presentations"], "bia", T, ctx=True),
            N("Outlook", "Outlook", "Outlook", ["email"], "bi", T, ctx=True),
            N("Microsoft Teams", "Microsoft Teams", "Microsoft Teams", ["collaboration-tools", "video-calls"], "bi", T),
            N("Google Sheets", "Google Sheets", "Google Sheets", ["spreadsheets"], "bi", T),
            N("Google Docs", "Google Docs", "Google Docs", ["word-processing", "collaboration-tools"], "b", T),
            N("LibreOffice Calc", "LibreOffice Calc", "LibreOffice Calc", ["spreadsheets"], "bi", T),
            N("LibreOffice Writer", "LibreOffice Writer", "LibreOffice Writer", ["word-processing"], "b", T),
            N("Microsoft 365", "Microsoft 365", "Microsoft 365", ["collaboration-tools", "word-processing"], "bi", T),
            N("Google Workspace", "Google Workspace", "Google Workspace", ["collaboration-tools"], "bi", T),
            N("les tableurs", "spreadsheets", "las hojas de cálculo", ["spreadsheets"], "bi"),
            N("le traitement de texte", "word processing", "el procesador de textos", ["word-processing"], "bi"),
            N("les tableaux croisés dynamiques", "pivot tables", "las tablas dinámicas", ["spreadsheets", "data-analysis"], "ia"),
            N("les macros VBA", "VBA macros", "las macros VBA", ["spreadsheets"], "ia"),
            N("les formules Excel", "Excel formulas", "las fórmulas de Excel", ["spreadsheets"], "bia"),
            N("Power Query", "Power Query", "Power Query", ["spreadsheets", "data-analysis"], "ia", T),
            N("la bureautique", "office software", "la ofimática", ["word-processing", "spreadsheets"], "b"),
            N("les outils collaboratifs", "collaboration tools", "las herramientas colaborativas", ["collaboration-tools"], "bi"),
            N("SharePoint", "SharePoint", "SharePoint", ["collaboration-tools"], "ia", T),
        ],
        actions=[
            A("créer vos premiers tableaux avec Excel", "create your first spreadsheets in Excel", "crear tus primeras hojas de cálculo con Excel",
              ["spreadsheets"], "b"),
            A("mettre en forme vos documents avec Word", "format your documents in Word", "dar formato a tus documentos con Word", ["word-processing"], "b"),
            A("rédiger un courrier professionnel", "write a business letter", "redactar una carta profesional",
              ["word-processing", "written-communication"], "bi"),
            A("concevoir une présentation percutante", "design a compelling presentation", "diseñar una presentación impactante",
              ["presentations", "public-speaking"], "bi"),
            A("automatiser vos tâches avec les macros Excel", "automate your tasks with Excel macros", "automatizar tus tareas con macros de Excel",
              ["spreadsheets"], "ia"),
            A("analyser vos données avec les tableaux croisés dynamiques", "analyse your data with pivot tables",
              "analizar tus datos con tablas dinámicas", ["spreadsheets", "data-analysis"], "ia"),
            A("construire un tableau de bord avec Excel", "build a dashboard in Excel", "construir un cuadro de mando con Excel",
              ["spreadsheets", "data-visualisation"], "ia"),
            A("organiser votre messagerie avec Outlook", "organise your inbox with Outlook", "organizar tu correo con Outlook",
              ["email", "time-management"], "bi"),
            A("travailler à plusieurs sur un document partagé", "work together on a shared document", "trabajar en equipo sobre un documento compartido",
              ["collaboration-tools", "teamwork"], "b"),
            A("réaliser des graphiques avec Excel", "make charts in Excel", "hacer gráficos con Excel", ["spreadsheets", "data-visualisation"], "bi"),
            A("maîtriser les fonctions RECHERCHEV et XRECHERCHE", "use VLOOKUP and XLOOKUP", "usar BUSCARV y BUSCARX", ["spreadsheets"], "i"),
            A("mettre en page un document long", "lay out a long document", "maquetar un documento largo", ["word-processing"], "i"),
            A("créer un publipostage avec Word", "create a mail merge in Word", "crear una combinación de correspondencia con Word",
              ["word-processing", "email"], "i"),
            A("gérer un budget avec un tableur", "manage a budget with a spreadsheet", "gestionar un presupuesto con una hoja de cálculo",
              ["spreadsheets", "budgeting"], "bi"),
            A("structurer vos données dans un tableur", "structure your data in a spreadsheet", "estructurar tus datos en una hoja de cálculo",
              ["spreadsheets"], "bi"),
            A("animer une réunion avec Microsoft Teams", "run a meeting in Microsoft Teams", "dirigir una reunión con Microsoft Teams",
              ["collaboration-tools", "video-calls"], "bi"),
            A("gagner du temps avec les raccourcis clavier", "save time with keyboard shortcuts", "ahorrar tiempo con los atajos de teclado",
              ["computer-basics", "word-processing"], "b"),
            A("saisir et contrôler des données dans Excel", "enter and check data in Excel", "introducir y comprobar datos en Excel",
              ["spreadsheets"], "b"),
        ],
        contexts=[("pour la gestion administrative", "for office administration", "para la gestión administrativa", None),
                  ("en entreprise", "at work", "en la empresa", None),
                  ("pour les assistants", "for assistants", "para asistentes", None),
                  ("pour les commerciaux", "for sales teams", "para equipos comerciales", "sales"),
                  ("pour la comptabilité", "for accounting", "para la contabilidad", "accounting-basics")],
    ),
    "job-search": dict(
        nouns=[
            N("la recherche d'emploi en ligne", "online job search", "la búsqueda de empleo en línea", ["online-job-search"], "bi"),
            N("l'entretien d'embauche", "job interviews", "la entrevista de trabajo", ["job-interview"], "bi"),
            N("LinkedIn", "LinkedIn", "LinkedIn", ["professional-networking", "online-job-search"], "bi", T),
            N("le réseau professionnel", "professional networking", "el networking profesional", ["professional-networking"], "bi", fr_bare=None),
            N("la lettre de motivation", "cover letters", "la carta de presentación", ["cover-letter", "written-communication"], "b"),
            N("le marché de l'emploi", "the job market", "el mercado laboral", ["online-job-search"], "b", fr_bare=None, es_bare=None),
            N("la reconversion professionnelle", "career change", "la reconversión profesional", ["online-job-search"], "bi"),
            N("la candidature spontanée", "speculative applications", "la candidatura espontánea", ["cover-letter", "online-job-search"], "b",
              fr_bare=None),
            N("le CV", "CV writing", "el currículum", ["cv-writing"], "b", fr_bare=None, ctx=True),
        ],
        actions=[
            A("rédiger un CV efficace", "write an effective CV", "redactar un currículum eficaz", ["cv-writing"], "b"),
            A("rédiger une lettre de motivation convaincante", "write a convincing cover letter", "redactar una carta de presentación convincente",
              ["cover-letter", "written-communication"], "bi"),
            A("réussir votre entretien d'embauche", "succeed in your job interview", "superar tu entrevista de trabajo", ["job-interview"], "bi"),
            A("se préparer à un entretien en visioconférence", "prepare for a video interview", "prepararte para una entrevista por videollamada",
              ["job-interview", "video-calls"], "b"),
            A("optimiser votre profil LinkedIn", "optimise your LinkedIn profile", "optimizar tu perfil de LinkedIn",
              ["professional-networking", "online-job-search"], "bi"),
            A("trouver des offres d'emploi sur Internet", "find job offers online", "encontrar ofertas de empleo en internet",
              ["online-job-search", "internet-basics"], "b"),
            A("valoriser vos compétences", "showcase your skills", "poner en valor tus competencias", ["cv-writing", "job-interview"], "b"),
            A("définir votre projet professionnel", "define your career plan", "definir tu proyecto profesional", ["online-job-search"], "b"),
            A("développer votre réseau professionnel", "grow your professional network", "ampliar tu red profesional", ["professional-networking"], "bi"),
            A("postuler en ligne", "apply for jobs online", "postular a ofertas en línea", ["online-job-search", "cv-writing"], "b"),
            A("préparer votre reconversion professionnelle", "plan your career change", "preparar tu reconversión profesional", ["online-job-search"], "bi"),
            A("réussir votre période d'essai", "get through your probation period", "superar tu periodo de prueba", ["teamwork", "communication"], "b"),
            A("négocier votre salaire", "negotiate your salary", "negociar tu salario", ["negotiation", "job-interview"], "i"),
            A("répondre aux questions difficiles en entretien", "answer tough interview questions", "responder a las preguntas difíciles de una entrevista",
              ["job-interview"], "i"),
            A("utiliser les sites d'offres d'emploi", "use job boards", "usar los portales de empleo", ["online-job-search"], "b"),
            A("adapter votre CV à chaque offre", "tailor your CV to each job offer", "adaptar tu currículum a cada oferta", ["cv-writing"], "bi"),
            A("présenter votre parcours en deux minutes", "pitch your background in two minutes", "presentar tu trayectoria en dos minutos",
              ["job-interview", "public-speaking"], "b"),
        ],
        contexts=[("après 45 ans", "after 45", "después de los 45", None),
                  ("pour les jeunes diplômés", "for recent graduates", "para recién titulados", None),
                  ("en reconversion", "when changing careers", "en plena reconversión", None)],
    ),
    "communication": dict(
        nouns=[
            N("la communication professionnelle", "workplace communication", "la comunicación profesional", ["communication"], "bia"),
            N("la communication écrite", "written communication", "la comunicación escrita", ["written-communication", "communication"], "bia"),
            N("la prise de parole en public", "public speaking", "la oratoria", ["public-speaking"], "bia"),
            N("le travail en équipe", "teamwork", "el trabajo en equipo", ["teamwork"], "bi"),
            N("la gestion des conflits", "conflict management", "la gestión de conflictos", ["conflict-management"], "bia"),
            N("la gestion du temps", "time management", "la gestión del tiempo", ["time-management"], "bi"),
            N("l'écoute active", "active listening", "la escucha activa", ["communication"], "bi"),
            N("la résolution de problèmes", "problem solving", "la resolución de problemas", ["problem-solving"], "bia"),
            N("la communication non violente", "nonviolent communication", "la comunicación no violenta",
              ["communication", "conflict-management"], "bi"),
            N("l'intelligence émotionnelle", "emotional intelligence", "la inteligencia emocional", ["communication", "teamwork"], "bi"),
            N("l'esprit critique", "critical thinking", "el pensamiento crítico", ["problem-solving"], "bi"),
            N("la créativité", "creative thinking", "la creatividad", ["problem-solving"], "bi"),
            N("les écrits professionnels", "business writing", "la escritura profesional", ["written-communication"], "bia"),
            N("l'organisation personnelle", "personal organisation", "la organización personal", ["time-management"], "bi"),
        ],
        actions=[
            A("rédiger des e-mails professionnels efficaces", "write effective business emails", "redactar correos profesionales eficaces",
              ["written-communication", "email"], "bi"),
            A("prendre la parole en public", "speak in public with confidence", "hablar en público con confianza", ["public-speaking"], "bi"),
            A("gérer votre temps et vos priorités", "manage your time and priorities", "gestionar tu tiempo y tus prioridades", ["time-management"], "bi"),
            A("améliorer votre orthographe", None, None, ["written-communication", "french-at-work"], "bi"),
            A("désamorcer un conflit", "defuse a conflict", "desactivar un conflicto", ["conflict-management"], "i"),
            A("donner un feedback constructif", "give constructive feedback", "dar un feedback constructivo", ["communication", "teamwork"], "bi"),
            A("collaborer efficacement en équipe", "collaborate effectively in a team", "colaborar eficazmente en equipo", ["teamwork"], "bi"),
            A("convaincre à l'oral", "persuade when you speak", "convencer al hablar", ["public-speaking", "communication"], "ia"),
            A("rédiger un compte rendu de réunion", "write meeting minutes", "redactar un acta de reunión", ["written-communication"], "bi"),
            A("animer une réunion efficace", "run an effective meeting", "dirigir una reunión eficaz", ["communication", "public-speaking"], "i"),
            A("résoudre des problèmes avec méthode", "solve problems methodically", "resolver problemas con método", ["problem-solving"], "bi"),
            A("travailler en équipe à distance", "work in a remote team", "trabajar en equipo a distancia", ["teamwork", "video-calls"], "bi"),
            A("gérer votre stress au travail", "manage stress at work", "gestionar el estrés en el trabajo", ["time-management"], "bi"),
            A("s'affirmer avec bienveillance", "assert yourself with tact", "afirmarte con asertividad", ["communication", "conflict-management"], "bi"),
            A("structurer un message clair", "structure a clear message", "estructurar un mensaje claro", ["communication", "written-communication"], "b"),
            A("mener une négociation gagnant-gagnant", "lead a win-win negotiation", "llevar una negociación en la que todos ganen",
              ["negotiation", "communication"], "ia"),
            A("communiquer avec assurance", "communicate with confidence", "comunicar con seguridad", ["communication"], "b"),
        ],
        contexts=[("en entreprise", "at work", "en la empresa", None),
                  ("pour les managers", "for managers", "para directivos", "management"),
                  ("en télétravail", "when working remotely", "en teletrabajo", None)],
    ),
    "management": dict(
        nouns=[
            N("le management d'équipe", "team management", "la gestión de equipos", ["management"], "bia"),
            N("le leadership", "leadership", "el liderazgo", ["management"], "bia"),
            N("la conduite du changement", "change management", "la gestión del cambio", ["management"], "ia"),
            N("le management de proximité", "frontline management", "la supervisión de equipos", ["management"], "bi"),
            N("le management à distance", "remote management", "la gestión de equipos a distancia", ["management", "video-calls"], "ia", ctx=False),
            N("la délégation", "delegation", "la delegación", ["management", "time-management"], "bi"),
            N("le management interculturel", "cross-cultural management", "la gestión intercultural", ["management", "communication"], "ia"),
            N("la qualité de service", "service quality", "la calidad de servicio", ["management", "customer-relations"], "bi"),
            N("la gestion de projet", "project management", "la gestión de proyectos", ["project-management"], "bia"),
            N("les méthodes agiles", "agile methods", "las metodologías ágiles", ["agile", "project-management"], "bia"),
            N("Scrum", "Scrum", "Scrum", ["agile"], "bia", T),
            N("Kanban", "Kanban", "Kanban", ["agile"], "bi", T),
            N("la gestion des risques projet", "project risk management", "la gestión de riesgos de proyecto", ["project-management"], "ia"),
            N("PRINCE2", "PRINCE2", "PRINCE2", ["project-management"], "ia", T),
            N("Trello", "Trello", "Trello", ["project-management", "collaboration-tools"], "b", T),
            N("Microsoft Project", "Microsoft Project", "Microsoft Project", ["project-management"], "bi", T),
            N("la planification de projet", "project planning", "la planificación de proyectos", ["project-management", "time-management"], "bi"),
            N("le management de projet", "project leadership", "la dirección de proyectos", ["project-management", "management"], "ia"),
            N("la gestion de portefeuille de projets", "portfolio management", "la gestión de carteras de proyectos", ["project-management"], "a"),
            N("le design thinking", "design thinking", "el design thinking", ["problem-solving", "project-management"], "bi"),
        ],
        actions=[
            A("manager une équipe au quotidien", "manage a team day to day", "gestionar un equipo en el día a día", ["management"], "bi"),
            A("motiver votre équipe", "motivate your team", "motivar a tu equipo", ["management", "communication"], "bi"),
            A("déléguer efficacement", "delegate effectively", "delegar con eficacia", ["management", "time-management"], "bi"),
            A("conduire un entretien annuel", "hold an annual review", "realizar una entrevista anual de evaluación", ["management", "hr-basics"], "i"),
            A("prendre votre poste de manager", "step into your first management role", "asumir tu primer puesto de responsable", ["management"], "b"),
            A("accompagner le changement dans votre équipe", "lead change in your team", "acompañar el cambio en tu equipo", ["management"], "ia"),
            A("organiser le travail de votre équipe", "organise your team's work", "organizar el trabajo de tu equipo", ["management", "time-management"], "bi"),
            A("gérer une équipe en situation de crise", "lead a team through a crisis", "dirigir un equipo en situación de crisis",
              ["management", "conflict-management"], "a"),
            A("fixer des objectifs à votre équipe", "set goals for your team", "fijar objetivos a tu equipo", ["management"], "bi"),
            A("recadrer un collaborateur avec tact", "address poor performance with tact", "reconducir a un colaborador con tacto",
              ["management", "conflict-management"], "ia"),
            A("développer votre posture de manager", "develop your presence as a manager", "desarrollar tu liderazgo como responsable", ["management"], "ia"),
            A("piloter la performance de votre équipe", "steer your team's performance", "dirigir el rendimiento de tu equipo", ["management", "data-analysis"], "a"),
            A("piloter un projet de A à Z", "run a project from start to finish", "dirigir un proyecto de principio a fin", ["project-management"], "ia"),
            A("lancer votre premier projet agile", "launch your first agile project", "lanzar tu primer proyecto ágil", ["agile", "project-management"], "bi"),
            A("animer une équipe Scrum", "lead a Scrum team", "dirigir un equipo Scrum", ["agile", "management"], "ia"),
            A("construire un planning de projet", "build a project schedule", "construir un calendario de proyecto",
              ["project-management", "time-management"], "bi"),
            A("gérer les parties prenantes d'un projet", "manage project stakeholders", "gestionar las partes interesadas de un proyecto",
              ["project-management", "communication"], "ia"),
            A("maîtriser le budget d'un projet", "control a project budget", "controlar el presupuesto de un proyecto",
              ["project-management", "budgeting"], "ia"),
            A("mettre en place la méthode Kanban", "set up a Kanban board", "implantar el método Kanban", ["agile"], "i"),
            A("préparer la certification PMP", "prepare for the PMP certification", "preparar la certificación PMP", ["project-management"], "a"),
            A("diriger un projet complexe", "lead a complex project", "dirigir un proyecto complejo", ["project-management", "management"], "a"),
            A("rédiger un cahier des charges", "write a project specification", "redactar un pliego de condiciones",
              ["project-management", "written-communication"], "bi"),
            A("organiser un projet avec Trello", "organise a project with Trello", "organizar un proyecto con Trello",
              ["project-management", "collaboration-tools"], "b"),
            A("animer une rétrospective agile", "run an agile retrospective", "dirigir una retrospectiva ágil", ["agile", "teamwork"], "i"),
            A("passer à l'agilité à grande échelle", "scale agile across your organisation", "escalar la agilidad en tu organización", ["agile"], "a"),
        ],
        contexts=[("pour les nouveaux managers", "for new managers", "para nuevos mandos", None),
                  ("en PME", "in small businesses", "en pymes", None),
                  ("pour les non-spécialistes", "for non-specialists", "para no especialistas", None)],
    ),
    "web-development": dict(
        nouns=[
            N("HTML et CSS", "HTML and CSS", "HTML y CSS", ["html-css"], "bia", T),
            N("JavaScript", "JavaScript", "JavaScript", ["javascript"], "bia", T),
            N("PHP", "PHP", "PHP", ["php"], "bia", T),
            N("Python", "Python", "Python", ["python"], "bia", T),
            N("Java", "Java", "Java", ["java"], "bia", T),
            N("Git et GitHub", "Git and GitHub", "Git y GitHub", ["git"], "bi", T),
            N("WordPress", "WordPress", "WordPress", ["wordpress"], "bia", T),
            N("React", "React", "React", ["javascript"], "ia", T),
            N("Node.js", "Node.js", "Node.js", ["javascript"], "ia", T),
            N("Symfony", "Symfony", "Symfony", ["php"], "ia", T),
            N("Django", "Django", "Django", ["python"], "ia", T),
            N("Spring Boot", "Spring Boot", "Spring Boot", ["java"], "ia", T),
            N("TypeScript", "TypeScript", "TypeScript", ["javascript"], "ia", T),
            N("Bootstrap", "Bootstrap", "Bootstrap", ["html-css"], "bi", T),
            N("Sass", "Sass", "Sass", ["html-css"], "ia", T),
            N("Vue.js", "Vue.js", "Vue.js", ["javascript"], "ia", T),
            N("Angular", "Angular", "Angular", ["javascript"], "ia", T),
            N("Laravel", "Laravel", "Laravel", ["php"], "ia", T),
            N("Flask", "Flask", "Flask", ["python"], "ia", T),
            N("l'accessibilité web", "web accessibility", "la accesibilidad web", ["html-css"], "bia"),
            N("le développement web", "web development", "el desarrollo web", ["html-css", "javascript"], "b"),
            N("la programmation orientée objet", "object-oriented programming", "la programación orientada a objetos", ["java"], "ia"),
            N("les API REST", "REST APIs", "las API REST", ["javascript"], "ia"),
            N("l'algorithmique", "algorithms", "la algoritmia", ["python"], "bia"),
            N("le responsive design", "responsive design", "el diseño responsive", ["html-css"], "bi"),
            N("les tests automatisés", "automated testing", "las pruebas automatizadas", ["javascript"], "ia"),
        ],
        actions=[
            A("créer votre site web avec HTML5 et CSS3", "build your website with HTML5 and CSS3", "crear tu sitio web con HTML5 y CSS3", ["html-css"], "b"),
            A("programmer avec JavaScript", "program with JavaScript", "programar con JavaScript", ["javascript"], "b"),
            A("programmer en Python", "program in Python", "programar en Python", ["python"], "b"),
            A("concevoir votre site web avec PHP et MySQL", "build a website with PHP and MySQL", "crear tu sitio web con PHP y MySQL",
              ["php", "sql"], "i", series=True),
            A("développer des applications web avec Jakarta EE", "build web applications with Jakarta EE",
              "desarrollar aplicaciones web con Jakarta EE", ["java"], "a", series=True),
            A("gérer votre code avec Git et GitHub", "manage your code with Git and GitHub", "gestionar tu código con Git y GitHub", ["git"], "bi"),
            A("créer un site vitrine avec WordPress", "build a showcase website with WordPress", "crear una web corporativa con WordPress",
              ["wordpress"], "b"),
            A("personnaliser un thème WordPress", "customise a WordPress theme", "personalizar un tema de WordPress", ["wordpress", "html-css"], "i"),
            A("rendre votre site web responsive", "make your website responsive", "hacer tu sitio web responsive", ["html-css"], "i"),
            A("créer une application React", "build a React app", "crear una aplicación con React", ["javascript"], "ia"),
            A("construire une API REST avec Node.js", "build a REST API with Node.js", "construir una API REST con Node.js", ["javascript"], "ia"),
            A("développer une API avec Symfony", "build an API with Symfony", "desarrollar una API con Symfony", ["php"], "a"),
            A("écrire du code Python propre", "write clean Python code", "escribir código Python limpio", ["python"], "ia"),
            A("tester votre application JavaScript", "test your JavaScript application", "probar tu aplicación JavaScript", ["javascript"], "ia"),
            A("sécuriser votre application web", "secure your web application", "proteger tu aplicación web", ["cybersecurity", "php"], "a"),
            A("animer votre site avec JavaScript", "bring your website to life with JavaScript", "dar vida a tu web con JavaScript",
              ["javascript", "html-css"], "bi"),
            A("déployer votre application web", "deploy your web application", "desplegar tu aplicación web", ["git", "cloud"], "ia"),
            A("écrire vos premiers programmes en Java", "write your first programs in Java", "escribir tus primeros programas en Java", ["java"], "b"),
            A("concevoir une interface accessible", "design an accessible interface", "diseñar una interfaz accesible", ["html-css"], "ia"),
            A("optimiser les performances de votre site", "optimise your website's performance", "optimizar el rendimiento de tu web",
              ["html-css", "javascript"], "a"),
            A("créer votre première application Django", "build your first Django app", "crear tu primera aplicación con Django", ["python"], "i"),
            A("automatiser des tâches avec Python", "automate tasks with Python", "automatizar tareas con Python", ["python"], "bi"),
            A("mettre en place une intégration continue", "set up continuous integration", "implantar la integración continua", ["git"], "a"),
            A("créer une boutique en ligne avec WooCommerce", "build an online shop with WooCommerce", "crear una tienda online con WooCommerce",
              ["wordpress", "e-commerce"], "i"),
            A("développer une application avec Spring Boot", "build an application with Spring Boot", "desarrollar una aplicación con Spring Boot",
              ["java"], "a"),
            A("structurer votre code avec le modèle MVC", "structure your code with MVC", "estructurar tu código con el patrón MVC", ["php"], "ia"),
            A("créer des formulaires web", "build web forms", "crear formularios web", ["html-css", "javascript"], "b"),
            A("mettre en page votre site avec Flexbox et Grid", "lay out your website with Flexbox and Grid", "maquetar tu web con Flexbox y Grid",
              ["html-css"], "i"),
        ],
        contexts=[],
    ),
    "data": dict(
        nouns=[
            N("SQL", "SQL", "SQL", ["sql"], "bia", T),
            N("les bases de données relationnelles", "relational databases", "las bases de datos relacionales", ["sql"], "bia", ctx=False),
            N("l'analyse de données", "data analysis", "el análisis de datos", ["data-analysis"], "bia"),
            N("la data visualisation", "data visualisation", "la visualización de datos", ["data-visualisation"], "bia"),
            N("Power BI", "Power BI", "Power BI", ["data-visualisation", "data-analysis"], "bia", T, ctx=True),
            N("Tableau", "Tableau", "Tableau", ["data-visualisation"], "bi", T),
            N("les statistiques", "statistics", "la estadística", ["statistics"], "bia"),
            N("le machine learning", "machine learning", "el aprendizaje automático", ["machine-learning"], "bia", ctx=False),
            N("l'intelligence artificielle", "artificial intelligence", "la inteligencia artificial", ["machine-learning"], "bi"),
            N("pandas", "pandas", "pandas", ["python", "data-analysis"], "ia", T),
            N("la data science", "data science", "la ciencia de datos", ["data-analysis", "python"], "bia"),
            N("le deep learning", "deep learning", "el aprendizaje profundo", ["machine-learning", "python"], "ia", ctx=False),
            N("MySQL", "MySQL", "MySQL", ["sql"], "bi", T),
            N("PostgreSQL", "PostgreSQL", "PostgreSQL", ["sql"], "ia", T),
            N("le Big Data", "big data", "el big data", ["data-analysis"], "bi"),
            N("la gouvernance des données", "data governance", "la gobernanza de datos", ["gdpr", "data-analysis"], "ia", ctx=False),
            N("la modélisation de données", "data modelling", "el modelado de datos", ["sql"], "ia", ctx=False),
            N("l'IA générative", "generative AI", "la IA generativa", ["machine-learning"], "bi"),
            N("les probabilités", "probability", "la probabilidad", ["statistics"], "bi", ctx=False),
            N("le traitement du langage naturel", "natural language processing", "el procesamiento del lenguaje natural",
              ["machine-learning", "python"], "ia", ctx=False),
        ],
        actions=[
            A("interroger une base de données avec SQL", "query a database with SQL", "consultar una base de datos con SQL", ["sql"], "bi"),
            A("concevoir une base de données", "design a database", "diseñar una base de datos", ["sql"], "ia"),
            A("analyser des données avec Python", "analyse data with Python", "analizar datos con Python", ["python", "data-analysis"], "ia"),
            A("créer des tableaux de bord avec Power BI", "build dashboards with Power BI", "crear cuadros de mando con Power BI",
              ["data-visualisation"], "bi"),
            A("préparer vos données pour l'analyse", "prepare your data for analysis", "preparar tus datos para el análisis", ["data-analysis"], "i"),
            A("réaliser une analyse exploratoire de données", "carry out an exploratory data analysis", "realizar un análisis exploratorio de datos",
              ["data-analysis", "statistics"], "ia"),
            A("entraîner un modèle de machine learning", "train a machine learning model", "entrenar un modelo de machine learning",
              ["machine-learning", "python"], "ia"),
            A("raconter une histoire avec vos données", "tell a story with your data", "contar una historia con tus datos",
              ["data-visualisation", "communication"], "i"),
            A("évaluer les performances d'un modèle", "evaluate a model's performance", "evaluar el rendimiento de un modelo",
              ["machine-learning", "statistics"], "a"),
            A("mettre en œuvre des tests statistiques", "run statistical tests", "aplicar pruebas estadísticas", ["statistics"], "ia"),
            A("classer des images avec le deep learning", "classify images with deep learning", "clasificar imágenes con deep learning",
              ["machine-learning", "python"], "a"),
            A("optimiser vos requêtes SQL", "optimise your SQL queries", "optimizar tus consultas SQL", ["sql"], "a"),
            A("utiliser l'IA générative au travail", "use generative AI at work", "usar la IA generativa en el trabajo", ["machine-learning"], "b"),
            A("automatiser vos rapports avec Power BI", "automate your reports with Power BI", "automatizar tus informes con Power BI",
              ["data-visualisation", "data-analysis"], "ia"),
            A("réaliser des prévisions avec les séries temporelles", "forecast with time series", "hacer previsiones con series temporales",
              ["statistics", "machine-learning"], "a"),
            A("manipuler des données avec pandas", "manipulate data with pandas", "manipular datos con pandas", ["python", "data-analysis"], "i"),
            A("lire et interpréter un graphique", "read and interpret a chart", "leer e interpretar un gráfico", ["data-visualisation"], "b"),
            A("rédiger de bons prompts", "write good prompts", "escribir buenos prompts", ["machine-learning"], "b"),
        ],
        contexts=[("pour le marketing", "for marketing", "para marketing", "digital-marketing"),
                  ("pour la finance", "for finance", "para finanzas", "budgeting"),
                  ("pour les ressources humaines", "for HR", "para recursos humanos", "hr-basics")],
    ),
    "it-infrastructure": dict(
        nouns=[
            N("les réseaux informatiques", "computer networks", "las redes informáticas", ["networks"], "bia"),
            N("Linux", "Linux", "Linux", ["linux"], "bia", T),
            N("la cybersécurité", "cybersecurity", "la ciberseguridad", ["cybersecurity"], "bia"),
            N("le cloud computing", "cloud computing", "la computación en la nube", ["cloud"], "bia"),
            N("Windows Server", "Windows Server", "Windows Server", ["it-support", "networks"], "ia", T),
            N("Active Directory", "Active Directory", "Active Directory", ["it-support"], "ia", T),
            N("la virtualisation", "virtualisation", "la virtualización", ["cloud", "it-support"], "ia"),
            N("le support informatique", "IT support", "el soporte informático", ["it-support"], "bi"),
            N("Docker", "Docker", "Docker", ["cloud", "linux"], "ia", T),
            N("Kubernetes", "Kubernetes", "Kubernetes", ["cloud"], "ia", T),
            N("AWS", "AWS", "AWS", ["cloud"], "bia", T),
            N("Microsoft Azure", "Microsoft Azure", "Microsoft Azure", ["cloud"], "bia", T),
            N("le protocole TCP/IP", "TCP/IP", "el protocolo TCP/IP", ["networks"], "bi", fr_bare=None, es_bare=None),
            N("l'administration système", "system administration", "la administración de sistemas", ["linux", "it-support"], "ia"),
            N("le DevOps", "DevOps", "DevOps", ["cloud", "git"], "ia"),
            N("la sécurité des réseaux", "network security", "la seguridad de redes", ["networks", "cybersecurity"], "ia"),
            N("ITIL", "ITIL", "ITIL", ["it-support"], "bi", T),
            N("PowerShell", "PowerShell", "PowerShell", ["it-support"], "ia", T),
            N("la ligne de commande", "the command line", "la línea de comandos", ["linux"], "bi", fr_bare=None, es_bare=None),
            N("la cryptographie", "cryptography", "la criptografía", ["cybersecurity"], "ia"),
        ],
        actions=[
            A("configurer un poste de travail", "set up a workstation", "configurar un puesto de trabajo", ["it-support"], "bi"),
            A("dépanner un ordinateur", "troubleshoot a computer", "reparar un ordenador", ["it-support"], "bi"),
            A("concevoir votre réseau d'entreprise", "design your company network", "diseñar la red de tu empresa", ["networks"], "ia"),
            A("administrer un serveur Linux", "administer a Linux server", "administrar un servidor Linux", ["linux"], "ia"),
            A("sécuriser votre réseau", "secure your network", "proteger tu red", ["networks", "cybersecurity"], "ia"),
            A("gérer les incidents informatiques", "handle IT incidents", "gestionar las incidencias informáticas", ["it-support"], "bi"),
            A("assurer le support utilisateur", "provide user support", "ofrecer soporte a los usuarios", ["it-support", "customer-relations"], "b"),
            A("déployer une infrastructure dans le cloud", "deploy infrastructure in the cloud", "desplegar una infraestructura en la nube",
              ["cloud"], "a"),
            A("automatiser l'administration avec des scripts", "automate administration with scripts", "automatizar la administración con scripts",
              ["linux", "it-support"], "a"),
            A("conteneuriser vos applications avec Docker", "containerise your applications with Docker", "contenerizar tus aplicaciones con Docker",
              ["cloud", "linux"], "ia"),
            A("réagir à une cyberattaque", "respond to a cyberattack", "responder a un ciberataque", ["cybersecurity"], "a"),
            A("mener un test d'intrusion", "conduct a penetration test", "realizar una prueba de intrusión", ["cybersecurity"], "a"),
            A("mettre en place une sauvegarde fiable", "set up reliable backups", "implantar copias de seguridad fiables",
              ["it-support", "cybersecurity"], "i"),
            A("préparer la certification AWS Cloud Practitioner", "prepare for the AWS Cloud Practitioner certification",
              "preparar la certificación AWS Cloud Practitioner", ["cloud"], "i"),
            A("surveiller votre infrastructure", "monitor your infrastructure", "supervisar tu infraestructura", ["networks", "it-support"], "a"),
            A("utiliser la ligne de commande", "use the command line", "usar la línea de comandos", ["linux"], "b"),
            A("protéger votre entreprise des cyberattaques", "protect your business from cyberattacks", "proteger tu empresa de los ciberataques",
              ["cybersecurity"], "bi"),
            A("installer un réseau domestique", "set up a home network", "instalar una red doméstica", ["networks"], "b"),
            A("gérer les comptes utilisateurs", "manage user accounts", "gestionar las cuentas de usuario", ["it-support"], "bi"),
        ],
        contexts=[("pour les PME", "for small businesses", "para pymes", None),
                  ("en entreprise", "in the workplace", "en la empresa", None)],
    ),
    "marketing": dict(
        nouns=[
            N("le marketing digital", "digital marketing", "el marketing digital", ["digital-marketing"], "bia"),
            N("les réseaux sociaux", "social media", "las redes sociales", ["social-media"], "bia"),
            N("le référencement naturel", "SEO", "el posicionamiento SEO", ["seo"], "bia"),
            N("la rédaction web", "web copywriting", "la redacción web", ["content-writing"], "bia"),
            N("Canva", "Canva", "Canva", ["graphic-design"], "bi", T, ctx=True),
            N("Photoshop", "Photoshop", "Photoshop", ["graphic-design"], "bia", T),
            N("Illustrator", "Illustrator", "Illustrator", ["graphic-design"], "bia", T),
            N("le graphisme", "graphic design", "el diseño gráfico", ["graphic-design"], "bia"),
            N("l'e-commerce", "e-commerce", "el comercio electrónico", ["e-commerce"], "bia"),
            N("le marketing de contenu", "content marketing", "el marketing de contenidos", ["content-writing", "digital-marketing"], "bia"),
            N("Google Analytics", "Google Analytics", "Google Analytics", ["digital-marketing", "data-analysis"], "bi", T),
            N("la publicité en ligne", "online advertising", "la publicidad en línea", ["digital-marketing"], "bi"),
            N("l'e-mailing", "email marketing", "el email marketing", ["digital-marketing", "email"], "bi"),
            N("le community management", "community management", "la gestión de comunidades", ["social-media"], "bia"),
            N("le marketing d'influence", "influencer marketing", "el marketing de influencia", ["social-media", "digital-marketing"], "ia"),
            N("la stratégie marketing", "marketing strategy", "la estrategia de marketing", ["digital-marketing"], "ia"),
            N("l'identité visuelle", "visual identity", "la identidad visual", ["graphic-design"], "bi"),
            N("Shopify", "Shopify", "Shopify", ["e-commerce"], "bi", T),
            N("la communication de crise", "crisis communication", "la comunicación de crisis", ["communication", "social-media"], "ia"),
        ],
        actions=[
            A("définir votre stratégie sur les réseaux sociaux", "define your social media strategy", "definir tu estrategia en redes sociales",
              ["social-media"], "ia"),
            A("améliorer le référencement de votre site", "improve your website's SEO", "mejorar el posicionamiento de tu web", ["seo"], "bi"),
            A("rédiger pour le Web", "write for the web", "escribir para la web", ["content-writing"], "b"),
            A("créer des visuels avec Canva", "create visuals with Canva", "crear contenidos visuales con Canva", ["graphic-design", "social-media"], "b"),
            A("lancer une campagne Google Ads", "launch a Google Ads campaign", "lanzar una campaña de Google Ads", ["digital-marketing"], "i"),
            A("animer une communauté en ligne", "grow an online community", "dinamizar una comunidad en línea", ["social-media"], "bi"),
            A("vendre en ligne", "sell online", "vender en línea", ["e-commerce", "sales"], "b"),
            A("mesurer l'audience de votre site", "measure your website's audience", "medir la audiencia de tu web",
              ["digital-marketing", "data-analysis"], "i"),
            A("concevoir une newsletter", "design a newsletter", "diseñar una newsletter", ["digital-marketing", "content-writing"], "bi"),
            A("élaborer un plan marketing", "draw up a marketing plan", "elaborar un plan de marketing", ["digital-marketing"], "ia"),
            A("créer une boutique en ligne avec Shopify", "set up an online shop with Shopify", "crear una tienda en línea con Shopify",
              ["e-commerce"], "bi"),
            A("réaliser des vidéos pour les réseaux sociaux", "make videos for social media", "hacer vídeos para las redes sociales",
              ["social-media", "graphic-design"], "bi"),
            A("optimiser vos fiches produits", "optimise your product pages", "optimizar tus fichas de producto", ["e-commerce", "seo"], "i"),
            A("piloter une stratégie d'acquisition", "run a customer acquisition strategy", "dirigir una estrategia de captación",
              ["digital-marketing"], "a"),
            A("concevoir une identité visuelle", "design a visual identity", "diseñar una identidad visual", ["graphic-design"], "ia"),
            A("analyser les performances de vos campagnes", "analyse your campaign performance", "analizar el rendimiento de tus campañas",
              ["digital-marketing", "data-analysis"], "ia"),
            A("écrire des articles de blog qui attirent", "write blog posts that attract readers", "escribir artículos de blog que atraen",
              ["content-writing", "seo"], "bi"),
        ],
        contexts=[("pour les commerçants", "for retailers", "para comercios", "sales"),
                  ("pour les TPE", "for small businesses", "para pequeñas empresas", None),
                  ("pour les associations", "for non-profits", "para asociaciones", None)],
    ),
    "sales-customer": dict(
        nouns=[
            N("la relation client", "customer relations", "la atención al cliente", ["customer-relations"], "bia"),
            N("les techniques de vente", "sales techniques", "las técnicas de venta", ["sales"], "bia"),
            N("la négociation commerciale", "sales negotiation", "la negociación comercial", ["negotiation", "sales"], "bia"),
            N("l'accueil du public", "front-desk reception", "la atención al público", ["customer-relations"], "b", fr_bare=None),
            N("le merchandising", "merchandising", "el merchandising", ["merchandising"], "bi"),
            N("la prospection commerciale", "prospecting", "la prospección comercial", ["sales"], "bi"),
            N("la vente en magasin", "in-store sales", "la venta en tienda", ["sales", "customer-relations"], "bi", ctx=False),
            N("la relation client à distance", "remote customer service", "la atención al cliente a distancia", ["customer-relations"], "bi",
              ctx=False),
            N("la gestion des réclamations", "complaint handling", "la gestión de reclamaciones", ["customer-relations", "conflict-management"], "bi"),
            N("l'expérience client", "customer experience", "la experiencia del cliente", ["customer-relations"], "ia"),
            N("la vente B2B", "B2B sales", "la venta B2B", ["sales", "negotiation"], "ia", ctx=False),
            N("le CRM", "CRM software", "el CRM", ["customer-relations", "sales"], "bi"),
            N("la tenue de caisse", "cash handling", "la gestión de caja", ["cash-register"], "b", fr_bare=None),
            N("la fidélisation client", "customer loyalty", "la fidelización de clientes", ["customer-relations", "sales"], "bi"),
        ],
        actions=[
            A("accueillir vos clients", "welcome your customers", "atender a tus clientes", ["customer-relations"], "b"),
            A("tenir une caisse", "run a till", "llevar una caja registradora", ["cash-register"], "b"),
            A("gérer un client mécontent", "handle an unhappy customer", "gestionar a un cliente insatisfecho",
              ["customer-relations", "conflict-management"], "bi"),
            A("conclure une vente", "close a sale", "cerrar una venta", ["sales"], "bi"),
            A("mettre en valeur vos produits en rayon", "display products on the shop floor", "presentar tus productos en el lineal",
              ["merchandising"], "b"),
            A("réussir vos appels de prospection", "make successful prospecting calls", "tener éxito en tus llamadas de prospección", ["sales"], "i"),
            A("négocier avec vos clients", "negotiate with your customers", "negociar con tus clientes", ["negotiation"], "ia"),
            A("répondre aux clients au téléphone", "answer customer calls", "atender a los clientes por teléfono", ["customer-relations"], "b"),
            A("fidéliser votre clientèle", "build customer loyalty", "fidelizar a tus clientes", ["customer-relations", "sales"], "i"),
            A("vendre par téléphone", "sell by phone", "vender por teléfono", ["sales"], "bi"),
            A("construire une offre commerciale", "put together a sales proposal", "construir una oferta comercial", ["sales", "negotiation"], "ia"),
            A("piloter votre performance commerciale", "track your sales performance", "dirigir tu rendimiento comercial", ["sales", "spreadsheets"], "a"),
            A("gérer un portefeuille clients", "manage a client portfolio", "gestionar una cartera de clientes", ["sales", "customer-relations"], "ia"),
            A("encaisser en toute sécurité", "handle cash safely", "cobrar con seguridad", ["cash-register"], "b"),
            A("organiser un rayon", "organise a store aisle", "organizar un lineal", ["merchandising", "stock-management"], "bi"),
            A("mener une négociation difficile", "lead a tough negotiation", "llevar una negociación difícil", ["negotiation"], "a"),
            A("conseiller un client en magasin", "advise customers in store", "asesorar a un cliente en tienda", ["sales", "customer-relations"], "b"),
        ],
        contexts=[("dans le commerce de détail", "in retail", "en el comercio minorista", None),
                  ("dans la grande distribution", "in supermarkets", "en supermercados", None),
                  ("pour les TPE", "for small businesses", "para pequeñas empresas", None)],
    ),
    "logistics": dict(
        nouns=[
            N("la logistique", "logistics", "la logística", ["logistics"], "bia"),
            N("la gestion des stocks", "stock management", "la gestión de inventarios", ["stock-management"], "bia"),
            N("la supply chain", "supply chain management", "la cadena de suministro", ["supply-chain", "logistics"], "bia"),
            N("la préparation de commandes", "order picking", "la preparación de pedidos", ["stock-management", "logistics"], "b"),
            N("la logistique d'entrepôt", "warehouse logistics", "la logística de almacén", ["logistics", "stock-management"], "bi", ctx=False),
            N("le transport routier de marchandises", "road haulage", "el transporte de mercancías por carretera",
              ["transport-rules", "logistics"], "bi"),
            N("la réglementation du transport", "transport regulations", "la normativa del transporte", ["transport-rules"], "bi"),
            N("les achats", "purchasing", "las compras", ["supply-chain"], "bia"),
            N("le commerce international", "international trade", "el comercio internacional", ["supply-chain", "logistics"], "ia"),
            N("la logistique du dernier kilomètre", "last-mile delivery", "la logística de última milla", ["logistics", "transport-rules"], "bi"),
            N("le lean management", "lean management", "el lean management", ["logistics", "problem-solving"], "ia"),
            N("la gestion de flotte", "fleet management", "la gestión de flotas", ["transport-rules", "logistics"], "ia"),
        ],
        actions=[
            A("organiser un entrepôt", "organise a warehouse", "organizar un almacén", ["logistics", "stock-management"], "ia"),
            A("réaliser un inventaire", "carry out a stock count", "hacer un inventario", ["stock-management"], "b"),
            A("optimiser vos stocks", "optimise your stock levels", "optimizar tus existencias", ["stock-management", "spreadsheets"], "ia"),
            A("respecter la réglementation du transport routier", "comply with road transport rules", "cumplir la normativa del transporte por carretera",
              ["transport-rules"], "bi"),
            A("planifier des tournées de livraison", "plan delivery rounds", "planificar rutas de reparto", ["logistics", "transport-rules"], "bi"),
            A("piloter une chaîne logistique", "manage a supply chain", "dirigir una cadena logística", ["supply-chain"], "a"),
            A("travailler en sécurité en entrepôt", "work safely in a warehouse", "trabajar con seguridad en un almacén",
              ["health-safety-at-work", "logistics"], "b"),
            A("suivre vos expéditions", "track your shipments", "seguir tus envíos", ["logistics"], "b"),
            A("négocier avec vos fournisseurs", "negotiate with your suppliers", "negociar con tus proveedores", ["supply-chain", "negotiation"], "ia"),
            A("utiliser un logiciel de gestion d'entrepôt", "use warehouse management software", "usar un software de gestión de almacenes",
              ["stock-management", "computer-basics"], "b"),
            A("calculer les coûts logistiques", "calculate logistics costs", "calcular los costes logísticos", ["logistics", "budgeting"], "ia"),
            A("gérer les retours de marchandises", "handle product returns", "gestionar las devoluciones", ["logistics", "customer-relations"], "i"),
            A("réduire l'empreinte carbone de vos transports", "cut the carbon footprint of your transport",
              "reducir la huella de carbono de tus transportes", ["logistics", "energy-efficiency"], "a"),
            A("préparer vos documents de douane", "prepare customs documents", "preparar tus documentos de aduana", ["supply-chain", "transport-rules"], "i"),
            A("adopter l'écoconduite", "drive more economically", "adoptar la conducción eficiente", ["transport-rules", "energy-efficiency"], "b"),
            A("charger un véhicule en sécurité", "load a vehicle safely", "cargar un vehículo con seguridad",
              ["transport-rules", "health-safety-at-work"], "b"),
        ],
        contexts=[("en entrepôt", "in the warehouse", "en el almacén", None),
                  ("dans le e-commerce", "for e-commerce", "en el comercio electrónico", "e-commerce"),
                  ("dans l'industrie", "in manufacturing", "en la industria", None)],
    ),
    "finance-accounting": dict(
        nouns=[
            N("la comptabilité", "accounting", "la contabilidad", ["accounting-basics"], "bia"),
            N("la comptabilité générale", "financial accounting", "la contabilidad general", ["accounting-basics"], "bia"),
            N("la facturation", "invoicing", "la facturación", ["invoicing"], "bi"),
            N("la paie", "payroll", "las nóminas", ["payroll"], "bia"),
            N("la gestion budgétaire", "budgeting", "la gestión presupuestaria", ["budgeting"], "bia"),
            N("la trésorerie", "cash-flow management", "la tesorería", ["budgeting", "accounting-basics"], "ia"),
            N("l'analyse financière", "financial analysis", "el análisis financiero", ["accounting-basics", "budgeting"], "ia"),
            N("le contrôle de gestion", "management control", "el control de gestión", ["budgeting", "spreadsheets"], "ia"),
            N("la fiscalité des entreprises", "business taxation", "la fiscalidad empresarial", ["accounting-basics", "legal-basics"], "ia"),
            N("la conformité", "compliance", "el cumplimiento normativo", ["compliance"], "bia"),
            N("la lutte contre le blanchiment", "anti-money laundering", "la prevención del blanqueo de capitales", ["compliance"], "bia"),
            N("la finance d'entreprise", "corporate finance", "las finanzas corporativas", ["budgeting", "accounting-basics"], "ia"),
            N("la TVA", "VAT", "el IVA", ["invoicing", "accounting-basics"], "bi"),
            N("les marchés financiers", "financial markets", "los mercados financieros", ["compliance", "budgeting"], "bia"),
            N("l'assurance", "insurance", "los seguros", ["compliance", "customer-relations"], "bi", es_bare="seguros"),
        ],
        actions=[
            A("lire un bilan comptable", "read a balance sheet", "leer un balance", ["accounting-basics"], "bi"),
            A("établir une facture conforme", "issue a compliant invoice", "emitir una factura conforme", ["invoicing"], "b"),
            A("réaliser une paie", "process a payslip", "elaborar una nómina", ["payroll"], "i"),
            A("construire un budget prévisionnel", "build a forecast budget", "elaborar un presupuesto previsional", ["budgeting"], "bi"),
            A("suivre les paiements et les relances clients", "track payments and customer reminders", "seguir los cobros y las reclamaciones de pago",
              ["invoicing"], "bi"),
            A("tenir la comptabilité d'une petite entreprise", "keep the books of a small business", "llevar la contabilidad de una pequeña empresa",
              ["accounting-basics"], "bi"),
            A("comprendre une fiche de paie", "understand a payslip", "entender una nómina", ["payroll"], "b"),
            A("analyser la rentabilité d'une entreprise", "analyse a company's profitability", "analizar la rentabilidad de una empresa",
              ["accounting-basics", "budgeting"], "ia"),
            A("préparer la clôture des comptes", "prepare the year-end closing", "preparar el cierre contable", ["accounting-basics"], "a"),
            A("piloter la trésorerie", "manage cash flow", "gestionar la tesorería", ["budgeting"], "ia"),
            A("appliquer les règles de conformité bancaire", "apply banking compliance rules", "aplicar las normas de cumplimiento bancario",
              ["compliance"], "ia"),
            A("gérer les notes de frais", "handle expense reports", "gestionar las notas de gastos", ["accounting-basics", "invoicing"], "b"),
            A("déclarer la TVA", "file VAT returns", "declarar el IVA", ["invoicing", "accounting-basics"], "i"),
            A("calculer les cotisations sociales", "calculate social security contributions", "calcular las cotizaciones sociales", ["payroll"], "ia"),
            A("saisir des écritures comptables", "record accounting entries", "registrar asientos contables", ["accounting-basics"], "b"),
            A("détecter les opérations suspectes", "spot suspicious transactions", "detectar operaciones sospechosas", ["compliance"], "ia"),
        ],
        contexts=[("pour les TPE et PME", "for small businesses", "para pymes", None),
                  ("pour les non-spécialistes", "for non-specialists", "para no especialistas", None)],
    ),
    "hr": dict(
        nouns=[
            N("les ressources humaines", "human resources", "los recursos humanos", ["hr-basics"], "bia"),
            N("le recrutement", "recruitment", "la selección de personal", ["recruitment"], "bia"),
            N("le droit du travail", "employment law", "el derecho laboral", ["labour-law"], "bia"),
            N("la formation professionnelle", "workplace training", "la formación profesional", ["training-design"], "bi"),
            N("la gestion administrative du personnel", "HR administration", "la administración de personal", ["hr-basics", "payroll"], "bi"),
            N("la marque employeur", "employer branding", "la marca empleadora", ["recruitment", "social-media"], "ia"),
            N("la gestion des compétences", "skills management", "la gestión de competencias", ["hr-basics", "training-design"], "ia"),
            N("la qualité de vie au travail", "workplace wellbeing", "el bienestar laboral", ["hr-basics", "health-safety-at-work"], "bi"),
            N("le dialogue social", "employee relations", "el diálogo social", ["labour-law", "negotiation"], "ia"),
            N("l'ingénierie pédagogique", "instructional design", "el diseño instruccional", ["training-design"], "ia"),
            N("la diversité et l'inclusion", "diversity and inclusion", "la diversidad y la inclusión", ["hr-basics", "recruitment"], "bi", fr_bare=None,
              es_bare=None),
        ],
        actions=[
            A("mener un entretien de recrutement", "conduct a recruitment interview", "realizar una entrevista de selección", ["recruitment"], "bi"),
            A("rédiger une offre d'emploi attractive", "write an attractive job ad", "redactar una oferta de empleo atractiva",
              ["recruitment", "written-communication"], "b"),
            A("intégrer un nouveau collaborateur", "onboard a new employee", "integrar a un nuevo colaborador", ["hr-basics"], "bi"),
            A("concevoir une formation pour adultes", "design training for adults", "diseñar una formación para adultos", ["training-design"], "ia"),
            A("animer une session de formation", "deliver a training session", "impartir una sesión de formación",
              ["training-design", "public-speaking"], "bi"),
            A("gérer les absences et les congés", "manage absences and leave", "gestionar las ausencias y las vacaciones", ["hr-basics", "labour-law"], "b"),
            A("rédiger un contrat de travail", "draft an employment contract", "redactar un contrato de trabajo", ["labour-law"], "i"),
            A("sourcer des candidats sur LinkedIn", "source candidates on LinkedIn", "buscar candidatos en LinkedIn",
              ["recruitment", "professional-networking"], "i"),
            A("construire un plan de développement des compétences", "build a skills development plan", "construir un plan de desarrollo de competencias",
              ["training-design", "hr-basics"], "ia"),
            A("prévenir les risques psychosociaux", "prevent psychosocial risks", "prevenir los riesgos psicosociales",
              ["health-safety-at-work", "hr-basics"], "ia"),
            A("gérer un licenciement dans les règles", "handle a dismissal by the rules", "gestionar un despido conforme a la ley", ["labour-law"], "a"),
            A("conduire un entretien professionnel", "hold a career development review", "realizar una entrevista de desarrollo profesional",
              ["hr-basics", "training-design"], "i"),
        ],
        contexts=[("pour les managers", "for managers", "para directivos", "management"),
                  ("dans les PME", "in small businesses", "en pymes", None)],
    ),
    "health-care": dict(
        nouns=[
            N("l'accompagnement des personnes âgées", "caring for older people", "el cuidado de personas mayores", ["care-of-elderly"], "bi"),
            N("les soins d'hygiène et de confort", "personal care", "los cuidados de higiene y confort", ["patient-care"], "bi"),
            N("les premiers secours", "first aid", "los primeros auxilios", ["first-aid"], "bi"),
            N("la petite enfance", "early childhood", "la primera infancia", ["childcare"], "bi", fr_bare=None),
            N("l'aide à domicile", "home care", "la ayuda a domicilio", ["care-of-elderly", "patient-care"], "bi", ctx=False),
            N("la maladie d'Alzheimer", "Alzheimer's disease", "la enfermedad de Alzheimer", ["care-of-elderly"], "bi", fr_bare=None, es_bare=None),
            N("le handicap", "disability", "la discapacidad", ["patient-care"], "bi", fr_bare=None),
            N("l'hygiène en milieu de soins", "infection control", "la higiene hospitalaria", ["patient-care", "health-safety-at-work"], "bi"),
            N("les gestes et postures", "safe manual handling", "la ergonomía en el trabajo", ["health-safety-at-work"], "bi", fr_bare=None),
            N("la bientraitance", "dignity in care", "el buen trato", ["care-of-elderly", "patient-care"], "bi"),
            N("l'éveil du jeune enfant", "early years development", "el desarrollo infantil", ["childcare"], "bi", fr_bare=None),
            N("la nutrition des personnes âgées", "nutrition for older people", "la nutrición de las personas mayores",
              ["care-of-elderly", "hygiene-food-safety"], "bi", fr_bare=None),
        ],
        actions=[
            A("accompagner une personne âgée au quotidien", "support an older person day to day", "acompañar a una persona mayor en el día a día",
              ["care-of-elderly"], "b"),
            A("réagir face à une urgence", "respond to an emergency", "actuar ante una emergencia", ["first-aid"], "b"),
            A("prévenir les chutes à domicile", "prevent falls at home", "prevenir las caídas en el domicilio",
              ["care-of-elderly", "health-safety-at-work"], "bi"),
            A("communiquer avec une personne atteinte d'Alzheimer", "communicate with a person living with Alzheimer's",
              "comunicarte con una persona con alzhéimer", ["care-of-elderly", "communication"], "i"),
            A("assurer les soins de confort", "provide comfort care", "ofrecer cuidados de confort", ["patient-care"], "bi"),
            A("accompagner le développement de l'enfant", "support child development", "acompañar el desarrollo del niño", ["childcare"], "bi"),
            A("protéger votre dos au travail", "protect your back at work", "proteger tu espalda en el trabajo", ["health-safety-at-work"], "b"),
            A("assurer la sécurité des enfants accueillis", "keep children safe in your care", "garantizar la seguridad de los niños",
              ["childcare", "first-aid"], "b"),
            A("accompagner la fin de vie", "provide end-of-life care", "acompañar el final de la vida", ["patient-care", "care-of-elderly"], "ia"),
            A("transmettre les informations dans l'équipe soignante", "hand over information in the care team",
              "transmitir la información en el equipo de cuidados", ["patient-care", "communication"], "i"),
            A("appliquer les précautions d'hygiène", "apply infection control precautions", "aplicar las precauciones de higiene",
              ["patient-care", "health-safety-at-work"], "b"),
            A("préparer des repas adaptés", "prepare suitable meals", "preparar comidas adaptadas", ["care-of-elderly", "hygiene-food-safety"], "bi"),
            A("pratiquer les gestes qui sauvent", "learn life-saving skills", "practicar los gestos que salvan vidas", ["first-aid"], "b"),
            A("accompagner une personne en situation de handicap", "support a person with a disability", "acompañar a una persona con discapacidad",
              ["patient-care", "communication"], "bi"),
        ],
        contexts=[("à domicile", "at home", "a domicilio", None),
                  ("en établissement", "in care homes", "en residencias", None)],
    ),
    "hospitality-food": dict(
        nouns=[
            N("l'hygiène alimentaire", "food hygiene", "la higiene alimentaria", ["hygiene-food-safety"], "bi"),
            N("la méthode HACCP", "HACCP", "el sistema APPCC", ["hygiene-food-safety"], "bi", fr_bare="HACCP", es_bare="APPCC"),
            N("la cuisine", "cooking", "la cocina", ["cooking-basics"], "bia"),
            N("la pâtisserie", "baking", "la repostería", ["cooking-basics"], "bia"),
            N("le service en salle", "table service", "el servicio de sala", ["table-service", "customer-relations"], "bi"),
            N("l'accueil en hôtellerie", "hotel reception", "la recepción hotelera", ["hotel-reception", "customer-relations"], "bi", ctx=False),
            N("les techniques de nettoyage", "cleaning techniques", "las técnicas de limpieza", ["cleaning-techniques"], "bi"),
            N("les produits d'entretien", "cleaning products", "los productos de limpieza", ["cleaning-techniques", "health-safety-at-work"], "b",
              fr_bare=None),
            N("les cocktails", "cocktails", "la coctelería", ["table-service"], "bi", fr_bare=None),
            N("les allergènes alimentaires", "food allergens", "los alérgenos alimentarios", ["hygiene-food-safety"], "b", fr_bare=None),
            N("la gestion d'un restaurant", "restaurant management", "la gestión de un restaurante", ["management", "budgeting"], "ia", ctx=False),
            N("le revenue management", "revenue management", "el revenue management", ["hotel-reception", "sales"], "ia"),
            N("l'œnologie", "wine", "la enología", ["table-service"], "bi"),
            N("le bionettoyage", "hospital-grade cleaning", "la limpieza hospitalaria", ["cleaning-techniques", "health-safety-at-work"], "bi"),
        ],
        actions=[
            A("appliquer les règles d'hygiène en cuisine", "apply hygiene rules in the kitchen", "aplicar las normas de higiene en la cocina",
              ["hygiene-food-safety"], "b"),
            A("mettre en place un plan de maîtrise sanitaire", "set up a food safety plan", "implantar un plan de seguridad alimentaria",
              ["hygiene-food-safety"], "ia"),
            A("accueillir les clients à la réception", "welcome guests at reception", "recibir a los clientes en la recepción", ["hotel-reception"], "b"),
            A("gérer les réservations d'un hôtel", "manage hotel bookings", "gestionar las reservas de un hotel", ["hotel-reception"], "bi"),
            A("nettoyer une chambre selon les standards hôteliers", "clean a room to hotel standards", "limpiar una habitación según los estándares hoteleros",
              ["cleaning-techniques"], "b"),
            A("entretenir des locaux professionnels", "clean professional premises", "limpiar locales profesionales", ["cleaning-techniques"], "b"),
            A("servir en salle avec professionnalisme", "serve customers professionally", "servir en sala con profesionalidad", ["table-service"], "bi"),
            A("organiser votre poste de travail en cuisine", "organise your kitchen workstation", "organizar tu puesto de trabajo en la cocina",
              ["cooking-basics", "hygiene-food-safety"], "b"),
            A("élaborer une carte de saison", "create a seasonal menu", "elaborar una carta de temporada", ["cooking-basics"], "ia"),
            A("gérer les allergènes en restauration", "manage allergens in food service", "gestionar los alérgenos en restauración",
              ["hygiene-food-safety"], "bi"),
            A("utiliser les produits d'entretien en sécurité", "use cleaning products safely", "usar los productos de limpieza con seguridad",
              ["cleaning-techniques", "health-safety-at-work"], "b"),
            A("calculer le coût de revient d'un plat", "work out the cost of a dish", "calcular el coste de un plato", ["cooking-basics", "budgeting"], "i"),
            A("répondre aux avis clients en ligne", "respond to online reviews", "responder a las opiniones de los clientes",
              ["customer-relations", "social-media"], "i"),
            A("cuisiner des plats simples du quotidien", "cook simple everyday dishes", "cocinar platos sencillos", ["cooking-basics"], "b"),
        ],
        contexts=[("en restauration collective", "in catering", "en restauración colectiva", None),
                  ("en hôtellerie", "in hotels", "en hostelería", None)],
    ),
    "entrepreneurship": dict(
        nouns=[
            N("la création d'entreprise", "starting a business", "la creación de empresas", ["entrepreneurship"], "bi"),
            N("l'entrepreneuriat", "entrepreneurship", "el emprendimiento", ["entrepreneurship"], "bia"),
            N("le business plan", "business plans", "el plan de negocio", ["business-plan"], "bi"),
            N("le RGPD", "GDPR", "el RGPD", ["gdpr"], "bia"),
            N("le droit des affaires", "business law", "el derecho mercantil", ["legal-basics"], "bia"),
            N("le statut d'indépendant", "self-employment", "el trabajo autónomo", ["entrepreneurship", "legal-basics"], "b", fr_bare=None),
            N("le financement d'entreprise", "business funding", "la financiación de empresas", ["business-plan", "budgeting"], "ia"),
            N("le lean startup", "lean startup", "el lean startup", ["entrepreneurship"], "ia"),
            N("la protection des données personnelles", "data protection", "la protección de datos personales", ["gdpr"], "bi"),
            N("les modèles économiques", "business models", "los modelos de negocio", ["business-plan"], "bi"),
            N("l'économie sociale et solidaire", "the social economy", "la economía social y solidaria", ["entrepreneurship"], "bi"),
        ],
        actions=[
            A("créer votre entreprise", "start your own business", "crear tu empresa", ["entrepreneurship"], "b"),
            A("rédiger votre business plan", "write your business plan", "redactar tu plan de negocio", ["business-plan"], "bi"),
            A("tester votre idée d'entreprise", "test your business idea", "validar tu idea de negocio", ["entrepreneurship"], "b"),
            A("trouver vos premiers clients", "find your first customers", "encontrar tus primeros clientes", ["sales", "entrepreneurship"], "b"),
            A("mettre votre entreprise en conformité avec le RGPD", "make your business GDPR-compliant", "adaptar tu empresa al RGPD", ["gdpr"], "bi"),
            A("choisir le statut juridique de votre entreprise", "choose a legal form for your business", "elegir la forma jurídica de tu empresa",
              ["legal-basics", "entrepreneurship"], "b"),
            A("financer votre projet d'entreprise", "fund your business project", "financiar tu proyecto empresarial", ["business-plan"], "i"),
            A("fixer vos prix", "set your prices", "fijar tus precios", ["business-plan", "sales"], "bi"),
            A("piloter votre activité d'indépendant", "run your freelance business", "gestionar tu actividad como autónomo",
              ["entrepreneurship", "accounting-basics"], "i"),
            A("lever des fonds", "raise funds", "captar fondos", ["business-plan"], "a"),
            A("développer votre entreprise à l'international", "take your business international", "internacionalizar tu empresa",
              ["entrepreneurship"], "a"),
            A("reprendre une entreprise", "take over an existing business", "adquirir una empresa existente", ["entrepreneurship"], "ia"),
            A("protéger les données de vos clients", "protect your customers' data", "proteger los datos de tus clientes", ["gdpr", "online-safety"], "bi"),
            A("rédiger vos conditions générales de vente", "write your terms and conditions", "redactar tus condiciones generales de venta",
              ["legal-basics"], "i"),
        ],
        contexts=[("pour les indépendants", "for freelancers", "para autónomos", None),
                  ("pour les artisans", "for tradespeople", "para artesanos", None)],
    ),
    "trades-industry": dict(
        nouns=[
            N("la santé et la sécurité au travail", "health and safety at work", "la seguridad y salud en el trabajo",
              ["health-safety-at-work"], "bia", fr_bare="santé et sécurité au travail"),
            N("la prévention des risques professionnels", "workplace risk prevention", "la prevención de riesgos laborales",
              ["health-safety-at-work"], "bia"),
            N("la sécurité sur les chantiers", "construction site safety", "la seguridad en obra", ["health-safety-at-work"], "bi", ctx=False),
            N("la lecture de plans", "reading technical drawings", "la lectura de planos", ["technical-drawing"], "bi"),
            N("le dessin technique", "technical drawing", "el dibujo técnico", ["technical-drawing"], "bia"),
            N("AutoCAD", "AutoCAD", "AutoCAD", ["technical-drawing"], "bia", T),
            N("le BIM", "BIM", "el BIM", ["technical-drawing", "project-management"], "ia"),
            N("la rénovation énergétique", "energy-efficient renovation", "la rehabilitación energética", ["energy-efficiency"], "bi"),
            N("l'efficacité énergétique", "energy efficiency", "la eficiencia energética", ["energy-efficiency"], "bia"),
            N("l'électricité", "electricity", "la electricidad", ["electrical-basics"], "bi"),
            N("l'électronique", "electronics", "la electrónica", ["electrical-basics"], "bia"),
            N("la maintenance industrielle", "industrial maintenance", "el mantenimiento industrial", ["industrial-maintenance"], "bia"),
            N("l'automatisme industriel", "industrial automation", "la automatización industrial",
              ["industrial-maintenance", "electrical-basics"], "ia"),
            N("la maintenance préventive", "preventive maintenance", "el mantenimiento preventivo", ["industrial-maintenance"], "bi"),
            N("le diagnostic automobile", "vehicle diagnostics", "el diagnóstico del automóvil", ["vehicle-diagnostics"], "bia",
              ctx=False),
            N("les véhicules électriques", "electric vehicles", "los vehículos eléctricos",
              ["vehicle-diagnostics", "electrical-basics"], "bi", ctx=False),
            N("les énergies renouvelables", "renewable energy", "las energías renovables", ["energy-efficiency"], "bi"),
        ],
        actions=[
            A("lire un plan de bâtiment", "read a building plan", "leer un plano de edificio", ["technical-drawing"], "b"),
            A("évaluer les risques de votre poste de travail", "assess the risks at your workstation", "evaluar los riesgos de tu puesto de trabajo",
              ["health-safety-at-work"], "bi"),
            A("travailler en sécurité sur un chantier", "work safely on a building site", "trabajar con seguridad en una obra",
              ["health-safety-at-work"], "b"),
            A("comprendre un schéma électrique", "understand a wiring diagram", "entender un esquema eléctrico",
              ["electrical-basics", "technical-drawing"], "bi"),
            A("réaliser un diagnostic de performance énergétique", "carry out an energy performance assessment",
              "realizar un certificado de eficiencia energética", ["energy-efficiency"], "ia"),
            A("organiser la maintenance d'un équipement", "organise equipment maintenance", "organizar el mantenimiento de un equipo",
              ["industrial-maintenance"], "i"),
            A("diagnostiquer une panne automobile", "diagnose a car fault", "diagnosticar una avería de automóvil",
              ["vehicle-diagnostics"], "ia"),
            A("intervenir en sécurité sur un véhicule électrique", "work safely on electric vehicles",
              "intervenir con seguridad en un vehículo eléctrico", ["vehicle-diagnostics", "health-safety-at-work"], "ia"),
            A("prévenir les accidents du travail", "prevent workplace accidents", "prevenir los accidentes laborales",
              ["health-safety-at-work"], "b"),
            A("manipuler des charges en sécurité", "handle loads safely", "manipular cargas con seguridad", ["health-safety-at-work"], "b"),
            A("dessiner vos premiers plans avec AutoCAD", "draw your first plans in AutoCAD", "dibujar tus primeros planos con AutoCAD",
              ["technical-drawing"], "b"),
            A("analyser une panne avec méthode", "analyse a breakdown methodically", "analizar una avería con método",
              ["industrial-maintenance", "problem-solving"], "i"),
            A("améliorer la performance énergétique d'un bâtiment", "improve a building's energy performance",
              "mejorar la eficiencia energética de un edificio", ["energy-efficiency"], "ia"),
            A("utiliser les équipements de protection individuelle", "use personal protective equipment",
              "utilizar los equipos de protección individual", ["health-safety-at-work"], "b"),
            A("comprendre les bases de l'électricité", "understand the basics of electricity", "entender los fundamentos de la electricidad",
              ["electrical-basics"], "b"),
            A("entretenir un véhicule", "service a vehicle", "mantener un vehículo", ["vehicle-diagnostics"], "b"),
            A("réaliser la maintenance de premier niveau", "carry out first-line maintenance", "realizar el mantenimiento de primer nivel",
              ["industrial-maintenance", "health-safety-at-work"], "b"),
            A("réduire la consommation d'énergie de votre entreprise", "cut your business's energy use",
              "reducir el consumo de energía de tu empresa", ["energy-efficiency"], "bi"),
        ],
        contexts=[("dans le bâtiment", "in construction", "en la construcción", None),
                  ("dans l'industrie", "in industry", "en la industria", None)],
    ),
    "languages-at-work": dict(
        nouns=[
            N("l'anglais professionnel", "business English", "el inglés profesional", ["english-at-work"], "bia"),
            N("le français professionnel", "business French", "el francés profesional", ["french-at-work"], "bia"),
            N("l'allemand professionnel", "business German", "el alemán profesional", ["german-at-work"], "bia"),
            N("le français écrit", "written French", "el francés escrito", ["french-at-work", "written-communication"], "bi"),
            N("l'anglais pour le tourisme", "English for tourism", "el inglés para el turismo", ["english-at-work", "customer-relations"], "bi",
              ctx=False),
            N("l'allemand pour le commerce", "German for retail", "el alemán para el comercio", ["german-at-work", "sales"], "bi", ctx=False),
            N("le français pour l'hôtellerie-restauration", "French for hospitality", "el francés para la hostelería",
              ["french-at-work", "customer-relations"], "b", ctx=False),
            N("l'anglais technique", "technical English", "el inglés técnico", ["english-at-work"], "ia"),
            N("l'allemand au quotidien", "everyday German", "el alemán cotidiano", ["german-at-work"], "b", ctx=False),
        ],
        actions=[
            A("rédiger vos e-mails en anglais", "write emails in English", "escribir correos en inglés", ["english-at-work", "email"], "bi"),
            A("téléphoner en anglais", "make phone calls in English", "hablar por teléfono en inglés", ["english-at-work", "customer-relations"], "bi"),
            A("préparer un entretien d'embauche en anglais", "prepare for a job interview in English", "preparar una entrevista de trabajo en inglés",
              ["english-at-work", "job-interview"], "bi"),
            A("présenter votre parcours en français", "present your background in French", "presentar tu trayectoria en francés",
              ["french-at-work", "job-interview"], "b"),
            A("accueillir des clients en allemand", "welcome customers in German", "atender a clientes en alemán", ["german-at-work", "customer-relations"], "b"),
            A("animer une réunion en anglais", "run a meeting in English", "dirigir una reunión en inglés", ["english-at-work", "communication"], "ia"),
            A("comprendre des consignes de travail en français", "understand work instructions in French", "entender instrucciones de trabajo en francés",
              ["french-at-work"], "b"),
            A("écrire un e-mail professionnel en français", "write a business email in French", "escribir un correo profesional en francés",
              ["french-at-work", "email"], "b"),
            A("négocier en anglais", "negotiate in English", "negociar en inglés", ["english-at-work", "negotiation"], "a"),
            A("parler de votre métier en allemand", "talk about your job in German", "hablar de tu profesión en alemán", ["german-at-work"], "bi"),
            A("échanger avec vos collègues en français", "talk with colleagues in French", "hablar con tus compañeros en francés",
              ["french-at-work", "teamwork"], "b"),
            A("présenter un projet en anglais", "present a project in English", "presentar un proyecto en inglés", ["english-at-work", "presentations"], "ia"),
            A("rédiger un CV en allemand", "write a CV in German", "redactar un currículum en alemán", ["german-at-work", "cv-writing"], "i"),
            A("comprendre un collègue germanophone", "follow a German-speaking colleague", "entender a un compañero germanohablante", ["german-at-work"], "b"),
        ],
        contexts=[("pour le commerce", "for retail", "para el comercio", None),
                  ("pour l'hôtellerie", "for hospitality", "para la hostelería", None),
                  ("pour la santé", "for healthcare", "para el sector sanitario", None)],
    ),
}


for _topic in ("office", "data", "marketing", "management"):
    for _noun in MATERIAL[_topic]["nouns"]:
        _noun.app = _noun.kind == T and _noun.fr not in ("SQL", "pandas", "Scrum", "Kanban", "PRINCE2")

# ---------------------------------------------------------------------------------------------------------
# How the catalogue is spread: topic weights per language, levels per topic (beginner, intermediate,
# advanced), hours per level.
# ---------------------------------------------------------------------------------------------------------
TOPIC_WEIGHTS = {
    #                     fr   en   es
    "digital-basics":     (9,   5,  10),
    "office":             (11,  6,  10),
    "job-search":         (6,   5,   6),
    "communication":      (7,   8,   5),
    "management":         (10, 12,   6),
    "web-development":    (11, 17,  24),
    "data":               (8,  13,  15),
    "it-infrastructure":  (8,   9,   8),
    "marketing":          (6,   7,   9),
    "sales-customer":     (5,   3,   2),
    "logistics":          (3,   2,   0),
    "finance-accounting": (4,   3,   1),
    "hr":                 (3,   2,   0),
    "health-care":        (3,   1,   0),
    "hospitality-food":   (3,   1,   0),
    "entrepreneurship":   (4,   3,   3),
    "trades-industry":    (4,   2,   1),
    "languages-at-work":  (3,   2,   1),
}
LEVEL_WEIGHTS = {
    "digital-basics":     (74, 25, 1),
    "office":             (51, 41, 8),
    "job-search":         (69, 30, 1),
    "communication":      (44, 46, 10),
    "management":         (33, 49, 18),
    "web-development":    (26, 44, 30),
    "data":               (25, 44, 31),
    "it-infrastructure":  (28, 44, 28),
    "marketing":          (38, 49, 13),
    "sales-customer":     (46, 46, 8),
    "logistics":          (46, 46, 8),
    "finance-accounting": (37, 50, 13),
    "hr":                 (37, 51, 12),
    "health-care":        (55, 41, 4),
    "hospitality-food":   (53, 42, 5),
    "entrepreneurship":   (44, 45, 11),
    "trades-industry":    (48, 44, 8),
    "languages-at-work":  (44, 45, 11),
}
LEVELS = ("beginner", "intermediate", "advanced")
LEVEL_TARGET = {"beginner": 0.45, "intermediate": 0.40, "advanced": 0.15}  # of the whole catalogue
PATH_COUNT = {0: 40, 1: 44, 2: 16}  # how many paths a course is on (when its skills allow); about 40 % on none
HOURS = {  # typical lengths, weighted
    "beginner": {1: 2, 2: 8, 3: 9, 4: 15, 5: 8, 6: 14, 7: 3, 8: 11, 10: 9, 12: 3, 15: 1},
    "intermediate": {5: 2, 6: 9, 8: 14, 10: 16, 12: 15, 15: 14, 16: 4, 18: 4, 20: 12, 25: 2},
    "advanced": {8: 2, 10: 9, 12: 10, 15: 14, 20: 18, 25: 11, 30: 10, 35: 4, 40: 6},
}

# OpenClassrooms-style paths ("parcours"): (French, English, Spanish or None) and the skills they build.
# A course is put on 0–2 of the paths that build its main (first) skill.
PATHS = [
    (("Assistant de gestion", "Business Administration Assistant", None),
     {"spreadsheets", "word-processing", "email", "invoicing", "written-communication", "collaboration-tools"}),
    (("Office manager", "Office Manager", None), {"presentations", "collaboration-tools", "time-management", "spreadsheets", "hr-basics"}),
    (("Assistant comptable", "Accounting Assistant", "Asistente contable"), {"accounting-basics", "invoicing", "budgeting", "spreadsheets"}),
    (("Gestionnaire de paie", "Payroll Administrator", None), {"payroll", "labour-law"}),
    (("Assistant ressources humaines", "HR Assistant", None), {"hr-basics", "recruitment", "labour-law", "payroll"}),
    (("Chargé de conformité", "Compliance Officer", None), {"compliance", "gdpr"}),
    (("Chargé de clientèle", "Customer Service Advisor", "Agente de atención al cliente"),
     {"customer-relations", "conflict-management", "email"}),
    (("Conseiller de vente", "Sales Advisor", "Asesor de ventas"), {"sales", "negotiation", "cash-register", "merchandising"}),
    (("Développeur web", "Web Developer", "Desarrollador web"), {"html-css", "javascript", "php", "java", "git", "wordpress", "sql"}),
    (("Développeur d'application Python", "Python Developer", "Desarrollador Python"), {"python", "sql", "git"}),
    (("Développeur front-end", "Front-End Developer", None), {"html-css", "javascript"}),
    (("Data analyst", "Data Analyst", "Analista de datos"), {"sql", "data-analysis", "data-visualisation", "statistics"}),
    (("Data scientist", "Data Scientist", "Científico de datos"), {"machine-learning", "statistics", "python"}),
    (("Technicien support informatique", "IT Support Technician", "Técnico de soporte informático"),
     {"it-support", "networks", "computer-basics", "cybersecurity"}),
    (("Administrateur systèmes et réseaux", "Systems and Network Administrator", None), {"linux", "networks", "cloud", "cybersecurity"}),
    (("Chargé de marketing digital", "Digital Marketing Officer", "Especialista en marketing digital"),
     {"digital-marketing", "seo", "content-writing", "e-commerce"}),
    (("Community manager", "Community Manager", "Community manager"), {"social-media", "content-writing", "graphic-design"}),
    (("Designer graphique", "Graphic Designer", "Diseñador gráfico"), {"graphic-design"}),
    (("Chargé de communication", "Communications Officer", None), {"communication", "written-communication", "public-speaking", "content-writing"}),
    (("Chef de projet", "Project Manager", "Jefe de proyecto"), {"project-management", "agile"}),
    (("Manager d'équipe", "Team Manager", None), {"management", "conflict-management"}),
    (("Formateur professionnel d'adultes", "Adult Trainer", None), {"training-design", "public-speaking", "presentations"}),
    (("Agent logistique", "Logistics Operative", None), {"logistics", "stock-management", "supply-chain", "transport-rules"}),
    (("Créateur d'entreprise", "Business Founder", "Emprendedor"), {"entrepreneurship", "business-plan", "legal-basics"}),
    (("Réussir sa recherche d'emploi", "Job Search Essentials", "Búsqueda de empleo"),
     {"online-job-search", "cv-writing", "cover-letter", "job-interview", "professional-networking"}),
    (("Compétences numériques essentielles", "Essential Digital Skills", "Competencias digitales básicas"),
     {"computer-basics", "internet-basics", "email", "online-safety", "video-calls", "smartphone", "online-admin"}),
    (("Aide à la personne", "Care Assistant", None), {"care-of-elderly", "patient-care", "first-aid", "childcare"}),
    (("Employé polyvalent de restauration", "Restaurant Team Member", None), {"hygiene-food-safety", "cooking-basics", "table-service"}),
    (("Réceptionniste en hôtellerie", "Hotel Receptionist", None), {"hotel-reception", "english-at-work"}),
    (("Agent de propreté et d'hygiène", "Cleaning Operative", None), {"cleaning-techniques"}),
    (("Technicien de maintenance", "Maintenance Technician", "Técnico de mantenimiento"),
     {"industrial-maintenance", "electrical-basics", "vehicle-diagnostics"}),
    (("Animateur prévention sécurité", "Health and Safety Officer", None), {"health-safety-at-work", "first-aid"}),
    (("Conseiller en rénovation énergétique", "Energy Efficiency Advisor", None), {"energy-efficiency", "technical-drawing"}),
    (("Langues pour l'emploi", "Languages for Work", "Idiomas para el trabajo"), {"french-at-work", "english-at-work", "german-at-work"}),
]


# ---------------------------------------------------------------------------------------------------------
# Grammar
# ---------------------------------------------------------------------------------------------------------
FR_IRREGULAR = {
    "faire": "faites", "prendre": "prenez", "comprendre": "comprenez", "reprendre": "reprenez", "mettre": "mettez",
    "transmettre": "transmettez", "construire": "construisez", "concevoir": "concevez", "écrire": "écrivez", "lire": "lisez",
    "réussir": "réussissez", "choisir": "choisissez", "établir": "établissez", "définir": "définissez", "remplir": "remplissez",
    "réagir": "réagissez", "suivre": "suivez", "tenir": "tenez", "entretenir": "entretenez", "intervenir": "intervenez",
    "prévenir": "prévenez", "accueillir": "accueillez", "réduire": "réduisez", "conduire": "conduisez", "rendre": "rendez",
    "répondre": "répondez", "vendre": "vendez", "convaincre": "convainquez", "conclure": "concluez", "résoudre": "résolvez",
    "reconnaître": "reconnaissez", "servir": "servez", "agir": "agissez", "saisir": "saisissez", "détecter": "détectez",
}
ES_IMPERATIVE = {
    "crear": "crea", "gestionar": "gestiona", "diseñar": "diseña", "programar": "programa", "analizar": "analiza",
    "organizar": "organiza", "desarrollar": "desarrolla", "redactar": "redacta", "mejorar": "mejora", "proteger": "protege",
    "construir": "construye", "preparar": "prepara", "optimizar": "optimiza", "automatizar": "automatiza", "dominar": "domina",
    "lanzar": "lanza", "usar": "usa", "utilizar": "utiliza", "hacer": "haz", "escribir": "escribe", "encontrar": "encuentra",
    "planificar": "planifica", "vender": "vende", "negociar": "negocia", "fijar": "fija", "validar": "valida", "elaborar": "elabora",
    "aplicar": "aplica", "consultar": "consulta", "entrenar": "entrena", "contar": "cuenta", "leer": "lee", "emitir": "emite",
    "configurar": "configura", "administrar": "administra", "navegar": "navega", "detectar": "detecta", "trabajar": "trabaja",
    "cerrar": "cierra", "atender": "atiende", "fidelizar": "fideliza", "cobrar": "cobra", "captar": "capta", "desplegar": "despliega",
    "reparar": "repara", "ofrecer": "ofrece", "realizar": "realiza", "rellenar": "rellena", "enviar": "envía", "presentar": "presenta",
    "superar": "supera", "definir": "define", "dirigir": "dirige", "motivar": "motiva", "delegar": "delega", "entender": "entiende",
    "evaluar": "evalúa", "calcular": "calcula", "declarar": "declara", "limpiar": "limpia", "servir": "sirve", "recibir": "recibe",
    "implantar": "implanta", "personalizar": "personaliza", "estructurar": "estructura", "maquetar": "maqueta", "diagnosticar": "diagnostica",
    "dibujar": "dibuja", "reducir": "reduce", "contenerizar": "conteneriza", "financiar": "financia", "adaptar": "adapta",
    "internacionalizar": "internacionaliza", "acompañar": "acompaña", "prevenir": "prevén", "supervisar": "supervisa", "instalar": "instala",
    "comunicar": "comunica", "colaborar": "colabora", "registrar": "registra", "elegir": "elige", "ampliar": "amplía", "integrar": "integra",
    "impartir": "imparte", "buscar": "busca", "seguir": "sigue", "cargar": "carga", "adoptar": "adopta", "manipular": "manipula",
    "responder": "responde", "clasificar": "clasifica", "probar": "prueba", "dar": "da", "medir": "mide", "dinamizar": "dinamiza",
    "controlar": "controla", "asesorar": "asesora", "garantizar": "garantiza", "mantener": "mantén", "hablar": "habla",
    "practicar": "practica", "escalar": "escala", "llevar": "lleva", "introducir": "introduce", "asumir": "asume", "cocinar": "cocina",
}
VOWELS = "aeiouyàâéèêëîïôöùûüAEIOUYÀÂÉÈÊËÎÏÔÖÙÛÜœŒ"


def cap(text):
    return text[:1].upper() + text[1:]


def fr_a(np):
    if np.startswith("le "):
        return "au " + np[3:]
    if np.startswith("les "):
        return "aux " + np[4:]
    return "à " + np


def fr_de(np):
    if np.startswith("le "):
        return "du " + np[3:]
    if np.startswith("les "):
        return "des " + np[4:]
    if np.startswith(("la ", "l'")):
        return "de " + np
    return ("d'" if np[:1] in VOWELS else "de ") + np


def es_a(np):
    return "al " + np[3:] if np.startswith("el ") else "a " + np


def es_de(np):
    return "del " + np[3:] if np.startswith("el ") else "de " + np


def fr_imperative(inf):
    """'créer votre site' -> 'Créez votre site'; 'se préparer à …' -> 'Préparez-vous à …'."""
    reflexive = inf.startswith(("se ", "s'"))
    if reflexive:
        inf = inf[3:] if inf.startswith("se ") else inf[2:]
    verb, _, rest = inf.partition(" ")
    if verb in FR_IRREGULAR:
        conjugated = FR_IRREGULAR[verb]
    elif verb.endswith("er"):
        conjugated = verb[:-2] + "ez"
    else:
        raise ValueError("no imperative for the French verb '%s'" % verb)
    if reflexive:
        conjugated += "-vous"
    return cap(conjugated + (" " + rest if rest else ""))


def fr_learn(inf):
    """'se préparer à …' -> 'vous préparer à …' after 'Apprenez à'."""
    if inf.startswith("se "):
        return "vous " + inf[3:]
    if inf.startswith("s'"):
        return "vous " + inf[2:]
    return inf


def es_imperative(inf):
    verb, _, rest = inf.partition(" ")
    if verb not in ES_IMPERATIVE:
        return None
    return cap(ES_IMPERATIVE[verb] + (" " + rest if rest else ""))


def en_plain(np):
    return not np.startswith(("the ", "your ", "a "))


# ---------------------------------------------------------------------------------------------------------
# Title frames: (level, weight, function(item, ctx) -> title or None). ctx is a suffix (" pour les PME") or "".
# A frame that takes no context returns None when given one.
# ---------------------------------------------------------------------------------------------------------


def fr_noun_titles(n, level, ctx):
    """(title, weight) for a subject at one level; ctx is a suffix such as " pour les PME" or ""."""
    t, d, bare = n.kind == "t", n.kind == "d", n.fr_bare
    en_ok = not ctx.startswith(" en ") and " en " not in (bare or "")  # no "… en délégation en PME"
    out = []
    if level == "beginner":
        out += [(f"Initiez-vous {fr_a(n.fr)}{ctx}", 1.4), (f"Découvrez {n.fr}{ctx}", 1.0), (f"Les bases {fr_de(n.fr)}{ctx}", 0.8)]
        if t:
            out += [(f"Prenez en main {n.fr}{ctx}", 1.0), (f"Débutez avec {n.fr}{ctx}", 0.8)]
        if d:
            out += [(f"Comprendre {n.fr}{ctx}", 0.6)]
        if bare and not ctx:
            out += [(f"{cap(bare)} : les fondamentaux", 0.5), (f"{cap(bare)} pour débutants", 0.4)]
    elif level == "intermediate":
        out += [(f"Maîtrisez {n.fr}{ctx}", 1.4)]
        if t:
            out += [(f"Allez plus loin avec {n.fr}{ctx}", 0.8)]
        if n.app:
            out += [(f"Gagnez en efficacité avec {n.fr}{ctx}", 0.6), (f"Optimisez votre pratique {fr_de(n.fr)}{ctx}", 0.4)]
        if d:
            out += [(f"Mettez en pratique {n.fr}{ctx}", 0.6)]
            if bare and en_ok:
                out += [(f"Allez plus loin en {bare}{ctx}", 0.6)]
        if bare and en_ok:
            out += [(f"Consolidez vos bases en {bare}{ctx}", 0.4)]
        if bare and not ctx:
            out += [(f"{cap(bare)} : passez à la vitesse supérieure", 0.3)]
    else:
        if bare and en_ok:
            out += [(f"Perfectionnez-vous en {bare}{ctx}", 1.2), (f"Devenez expert en {bare}{ctx}", 0.8)]
        if bare and not ctx:
            out += [(f"{cap(bare)} : techniques avancées", 0.5)]
        if d:
            out += [(f"Approfondissez {n.fr}{ctx}", 0.8)]
        if t:
            out += [(f"Exploitez tout le potentiel {fr_de(n.fr)}{ctx}", 0.7)]
        if n.app:
            out += [(f"Maîtrisez les fonctions avancées {fr_de(n.fr)}{ctx}", 0.6)]
    return out


def en_noun_titles(n, level, ctx):
    t, d, np, plain = n.kind == "t", n.kind == "d", n.en, en_plain(n.en)
    out = []
    if level == "beginner":
        out += [(f"Get started with {np}{ctx}", 1.4), (f"Learn the basics of {np}{ctx}", 0.9), (f"An introduction to {np}{ctx}", 0.6)]
        if plain and not ctx:
            out += [(f"{cap(np)} for beginners", 0.6), (f"{cap(np)}: the essentials", 0.5)]
        if d and not ctx:
            out += [(f"Understand {np}", 0.4)]
    elif level == "intermediate":
        out += [(f"Master {np}{ctx}", 1.4)]
        if plain:
            out += [(f"Improve your {np} skills{ctx}", 0.6)]
            if not ctx:
                out += [(f"{cap(np)} in practice", 0.5)]
        if t:
            out += [(f"Go further with {np}{ctx}", 0.8)]
        if d and not ctx:
            out += [(f"Put {np} into practice", 0.4)]
    else:
        if plain:
            out += [(f"Advanced {np}{ctx}", 1.2), (f"Become an expert in {np}{ctx}", 0.6)]
            if not ctx:
                out += [(f"{cap(np)}: advanced techniques", 0.5)]
        if t:
            out += [(f"Get the most out of {np}{ctx}", 0.7)]
    return out


def es_noun_titles(n, level, ctx):
    np, bare = n.es, n.es_bare
    if ctx.startswith(" en "):  # no "Profundiza en Excel en la empresa": only the frames without "en"
        return {"beginner": [(f"Introducción {es_a(np)}{ctx}", 1.2)], "intermediate": [(f"Domina {np}{ctx}", 1.2)]}.get(level, [])
    out = []
    if level == "beginner":
        out += [(f"Introducción {es_a(np)}{ctx}", 1.2), (f"Descubre {np}{ctx}", 1.0), (f"Primeros pasos con {np}{ctx}", 0.6)]
        if bare and not ctx:
            out += [(f"{cap(bare)} para principiantes", 0.6)]
    elif level == "intermediate":
        out += [(f"Domina {np}{ctx}", 1.2), (f"Profundiza en {np}{ctx}", 0.6)]
        if bare:
            out += [(f"Mejora tus competencias en {bare}{ctx}", 0.4)]
            if not ctx:
                out += [(f"{cap(bare)} en la práctica", 0.5)]
    else:
        if bare:
            advanced_of = "de " + bare if n.kind == "t" else es_de(bare)
            out += [(f"Conviértete en experto en {bare}{ctx}", 0.6), (f"Técnicas avanzadas {advanced_of}{ctx}", 0.8)]
            if not ctx:
                out += [(f"{cap(bare)}: nivel avanzado", 0.8)]
    return out


NO_LEARN = {"comprendre", "réussir", "débuter", "maîtriser", "understand", "master", "learn", "start", "entender", "dominar"}


def action_titles(a, language, level):
    """(title, weight) for an action at one level: imperative ("Créez votre site web…") or "Apprenez à …"."""
    if language == "fr":
        learn, imperative = f"Apprenez à {fr_learn(a.fr)}", fr_imperative(a.fr)
        verb = a.fr.split(" ")[0]
    elif language == "en":
        if a.en is None:
            return []
        learn, imperative, verb = f"Learn how to {a.en}", cap(a.en), a.en.split(" ")[0]
    else:
        if a.es is None:
            return []
        learn, imperative, verb = f"Aprende a {a.es}", es_imperative(a.es), a.es.split(" ")[0]
    if a.series:
        return [(imperative, 4.0)] if level != "beginner" and imperative else []
    out = []
    if imperative:
        out.append((imperative, 4.0))
    if (level != "advanced" and verb not in NO_LEARN) or not imperative:
        out.append((learn, 2.0 if level == "beginner" else 1.0))
    return out


# ---------------------------------------------------------------------------------------------------------
LEVEL_CODE = {"beginner": "b", "intermediate": "i", "advanced": "a"}
LANG_INDEX = {"fr": 0, "en": 1, "es": 2}


def candidate_pools(rng):
    """{(language, topic, level): [(title, skills, series), …]} in a weighted random order (best first)."""
    pools = {}
    for topic, material in MATERIAL.items():
        contexts = material["contexts"]
        for language in ("fr", "en", "es"):
            li = LANG_INDEX[language]
            for level in LEVELS:
                entries = []  # (title, skills, series, weight)
                for n in material["nouns"]:
                    if LEVEL_CODE[level] not in n.levels or (language == "en" and n.en is None) or (language == "es" and n.es is None):
                        continue
                    make = {"fr": fr_noun_titles, "en": en_noun_titles, "es": es_noun_titles}[language]
                    for title, weight in make(n, level, ""):
                        entries.append((title, list(n.skills), False, weight))
                    if n.ctx:
                        for context in contexts:
                            suffix = " " + context[li]
                            extra = [context[3]] if context[3] and context[3] not in n.skills else []
                            for title, weight in make(n, level, suffix):
                                entries.append((title, (list(n.skills) + extra)[:4], False, weight * 0.3))
                for a in material["actions"]:
                    if LEVEL_CODE[level] not in a.levels:
                        continue
                    for title, weight in action_titles(a, language, level):
                        entries.append((title, list(a.skills), a.series, weight))
                # weighted random order without replacement (Efraimidis–Spirakis), stable for a given seed
                keyed = sorted(((-math.log(1.0 - rng.random()) / w, i) for i, (_, _, _, w) in enumerate(entries)))
                pools[(language, topic, level)] = [entries[i][:3] for _, i in keyed]
    return pools


def weighted(rng, options):
    keys = list(options)
    return rng.choices(keys, weights=[options[k] for k in keys])[0]


def slug(text):
    text = unicodedata.normalize("NFKD", text.replace("œ", "oe").replace("Œ", "Oe")).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def generate():
    rng = random.Random(SEED)
    pools = candidate_pools(rng)
    used = {language: set() for language in LANGUAGE_QUOTA}
    left = dict(LANGUAGE_QUOTA)
    courses = []  # dicts

    def take(language, topic, level, want_skill=None):
        pool = pools[(language, topic, level)]
        for i, (title, skills, series) in enumerate(pool):
            if want_skill and want_skill not in skills:
                continue
            if series and left[language] < 2:
                continue
            titles = [title + " (1/2)", title + " (2/2)"] if series else [title]
            if any(t.lower() in used[language] for t in titles):
                continue
            del pool[i]
            made = []
            for t in titles:
                used[language].add(t.lower())
                left[language] -= 1
                made.append(dict(title=t, language=language, difficulty=level, topic=topic, skills=skills))
            if series:
                made[0]["sequel"] = made[1]
            return made
        return None

    # 1. every skill is taught by at least one French beginner course
    topics = list(MATERIAL)
    for tag in SKILLS:
        if any(c["language"] == "fr" and c["difficulty"] == "beginner" and tag in c["skills"] for c in courses):
            continue
        for topic in sorted(topics, key=lambda t: rng.random()):
            made = take("fr", topic, "beginner", want_skill=tag)
            if made:
                courses += made
                break
        else:  # a tag just added to skills.csv: courses carry it once the partner's export does
            print("skills.csv: no course subject teaches '%s'; the sample has no course for it" % tag, file=sys.stderr)

    # 2. the rest, in the catalogue's proportions
    while sum(left.values()) > 0:
        language = weighted(rng, {lang: n for lang, n in left.items() if n > 0})
        li = LANG_INDEX[language]
        topic = weighted(rng, {t: w[li] for t, w in TOPIC_WEIGHTS.items() if w[li] > 0})
        # the topic's own mix, steered towards the catalogue's overall 45/40/15 (a level that has its share fades)
        counts = {lv: sum(1 for c in courses if c["difficulty"] == lv) for lv in LEVELS}
        level = weighted(rng, {lv: w * max(0.02, 1 - counts[lv] / (LEVEL_TARGET[lv] * COURSES))
                               for lv, w in zip(LEVELS, LEVEL_WEIGHTS[topic])})
        made = take(language, topic, level)
        for _ in range(20):  # this topic's titles at this level are used up: the same level in another topic
            if made:
                break
            topic = weighted(rng, {t: w[li] for t, w in TOPIC_WEIGHTS.items() if w[li] > 0})
            made = take(language, topic, level)
        if made is None:
            for other in LEVELS:
                made = take(language, topic, other)
                if made:
                    break
        if made is None:
            raise SystemExit("out of titles for %s/%s" % (language, topic))
        courses += made

    # 3. hours, paths, ids, urls
    for c in courses:
        c["duration_hours"] = weighted(rng, HOURS[c["difficulty"]])
        c["skills"] = list(dict.fromkeys(c["skills"]))[:4]
        candidates = [names for names, skills in PATHS if c["skills"][0] in skills]
        k = min(len(candidates), weighted(rng, PATH_COUNT))
        chosen = rng.sample(candidates, k)
        li = LANG_INDEX[c["language"]]
        c["paths"] = [names[li] or names[0] for names in chosen]
    for c in courses:
        if "sequel" in c:  # part 2 is as long or longer, on the same paths
            c["sequel"]["duration_hours"] = max(c["sequel"]["duration_hours"], c["duration_hours"])
            c["sequel"]["paths"] = c["paths"]
    ids = sorted(rng.sample(range(1_000_000, 8_200_000), len(courses)))
    order = list(range(len(courses)))
    rng.shuffle(order)
    for course_index, id_index in zip(order, range(len(ids))):
        courses[course_index]["platform_id"] = ids[id_index]
    for c in courses:  # part 1 is older than part 2
        if "sequel" in c and c["platform_id"] > c["sequel"]["platform_id"]:
            c["platform_id"], c["sequel"]["platform_id"] = c["sequel"]["platform_id"], c["platform_id"]
    for c in courses:
        c["platform_id"] = str(c["platform_id"])
        c["url"] = "https://openclassrooms.com/%s/courses/%s-%s" % (c["language"], c["platform_id"], slug(c["title"]))
    courses.sort(key=lambda c: c["platform_id"])
    return courses


def write_csv(folder, name, header, rows):
    with open(os.path.join(folder, name), "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(header)
        writer.writerows(rows)


def check(courses):
    assert len(courses) == COURSES, len(courses)
    assert len({c["platform_id"] for c in courses}) == COURSES
    assert all(re.fullmatch(r"[1-9][0-9]{6}", c["platform_id"]) for c in courses)
    for language, quota in LANGUAGE_QUOTA.items():
        titles = [c["title"].lower() for c in courses if c["language"] == language]
        assert len(titles) == quota and len(set(titles)) == quota, language
    for c in courses:
        assert c["topic"] in TOPICS, c
        assert 1 <= len(c["skills"]) <= 4 and set(c["skills"]) <= set(SKILLS), c
        assert len(c["paths"]) <= 2 and 1 <= c["duration_hours"] <= 40, c
        assert re.fullmatch(r"https://openclassrooms\.com/(fr|en|es)/courses/[0-9]{7}-[a-z0-9-]+", c["url"]), c
    assert 70 <= len(SKILLS) <= 90 and 14 <= len(TOPICS) <= 18
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", code) for code in list(SKILLS) + list(TOPICS))
    assert len({rome for rome, *_ in OCCUPATIONS}) == len(OCCUPATIONS) >= 55
    for rome, _, _, tags in OCCUPATIONS:
        tags = tags.split("|")
        assert re.fullmatch(r"[A-N][0-9]{4}", rome) and 3 <= len(tags) <= 8 and len(set(tags)) == len(tags), rome
        for tag in tags:
            assert tag in SKILLS, (rome, tag)
            teaching = [c for c in courses if tag in c["skills"]]
            assert len(teaching) >= 5, (rome, tag)
            assert any(c["language"] == "fr" and c["difficulty"] == "beginner" for c in teaching), (rome, tag)


def main():
    out = sys.argv[sys.argv.index("--out") + 1] if "--out" in sys.argv else REFERENCE
    courses = generate()
    check(courses)
    os.makedirs(out, exist_ok=True)
    write_csv(out, "sample-catalogue.csv",
              ["platform_id", "title", "language", "difficulty", "duration_hours", "topic", "skills", "paths", "url"],
              [[c["platform_id"], c["title"], c["language"], c["difficulty"], c["duration_hours"], c["topic"],
                "|".join(c["skills"]), "|".join(c["paths"]), c["url"]] for c in courses])
    print("wrote %d courses to %s (from %d skills, %d topics, %d occupations)"
          % (len(courses), os.path.relpath(out), len(SKILLS), len(TOPICS), len(OCCUPATIONS)), file=sys.stderr)


if __name__ == "__main__":
    main()
