// The citations behind the catalog's values. Every provenance record and published claim names
// one of these ids; the catalog tests check that each id resolves. Vendor documents are preferred;
// where a figure was only found in press or analyst coverage, that coverage is cited and the value
// is marked secondary (or estimate) in the entry.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <array>
#include <string_view>

namespace accelspec::catalog {

struct source {
  std::string_view id{};
  std::string_view title{};
  std::string_view publisher{};
  std::string_view date{};  // ISO 8601, as precise as known: "2023", "2023-10", "2023-10-25"
  std::string_view url{};
};

inline constexpr std::array sources{
    // NVIDIA
    source{"nvidia-v100-datasheet", "NVIDIA Tesla V100 GPU Accelerator datasheet", "NVIDIA", "2018",
           "https://images.nvidia.com/content/technologies/volta/pdf/volta-v100-datasheet-update-us-1165301-r5.pdf"},
    source{"nvidia-a100-whitepaper", "NVIDIA A100 Tensor Core GPU Architecture (whitepaper)", "NVIDIA", "2020",
           "https://images.nvidia.com/aem-dam/en-zz/Solutions/data-center/nvidia-ampere-architecture-whitepaper.pdf"},
    source{"nvidia-a100-datasheet", "NVIDIA A100 Tensor Core GPU datasheet", "NVIDIA", "2021",
           "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/"
           "nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf"},
    source{"nvidia-a30-datasheet", "NVIDIA A30 Tensor Core GPU datasheet", "NVIDIA", "2021",
           "https://www.nvidia.com/en-us/data-center/products/a30-gpu/"},
    source{"nvidia-a10-datasheet", "NVIDIA A10 Tensor Core GPU datasheet", "NVIDIA", "2021",
           "https://www.nvidia.com/en-us/data-center/products/a10-gpu/"},
    source{"nvidia-a40-datasheet", "NVIDIA A40 GPU datasheet", "NVIDIA", "2020",
           "https://www.nvidia.com/en-us/data-center/a40/"},
    source{"nvidia-ga102-whitepaper", "NVIDIA Ampere GA102 GPU Architecture (whitepaper)", "NVIDIA", "2020",
           "https://www.nvidia.com/content/PDF/nvidia-ampere-ga-102-gpu-architecture-whitepaper-v2.pdf"},
    source{"nvidia-t4-datasheet", "NVIDIA T4 Tensor Core GPU datasheet", "NVIDIA", "2019",
           "https://www.nvidia.com/en-us/data-center/tesla-t4/"},
    source{"nvidia-turing-whitepaper", "NVIDIA Turing GPU Architecture (whitepaper)", "NVIDIA", "2018",
           "https://images.nvidia.com/aem-dam/en-zz/Solutions/design-visualization/technologies/turing-architecture/"
           "NVIDIA-Turing-Architecture-Whitepaper.pdf"},
    source{"nvidia-h100-whitepaper", "NVIDIA H100 Tensor Core GPU Architecture (whitepaper)", "NVIDIA", "2022",
           "https://resources.nvidia.com/en-us-tensor-core/gtc22-whitepaper-hopper"},
    source{"nvidia-h100-page", "NVIDIA H100 Tensor Core GPU: specifications", "NVIDIA", "2023",
           "https://www.nvidia.com/en-us/data-center/h100/"},
    source{"nvidia-h200-page", "NVIDIA H200 Tensor Core GPU: specifications", "NVIDIA", "2024",
           "https://www.nvidia.com/en-us/data-center/h200/"},
    source{"nvidia-gh200-page", "NVIDIA GH200 Grace Hopper Superchip", "NVIDIA", "2024",
           "https://www.nvidia.com/en-us/data-center/grace-hopper-superchip/"},
    source{"nvidia-hgx-page", "NVIDIA HGX platform: HGX B200 and B300 specifications", "NVIDIA", "2025",
           "https://www.nvidia.com/en-us/data-center/hgx/"},
    source{"nvidia-gb200-page", "NVIDIA GB200 NVL72: specifications", "NVIDIA", "2024",
           "https://www.nvidia.com/en-us/data-center/gb200-nvl72/"},
    source{"nvidia-ada-whitepaper", "NVIDIA Ada GPU Architecture (whitepaper)", "NVIDIA", "2023",
           "https://images.nvidia.com/aem-dam/Solutions/geforce/ada/nvidia-ada-gpu-architecture.pdf"},
    source{"nvidia-l40s-datasheet", "NVIDIA L40S GPU datasheet", "NVIDIA", "2023",
           "https://www.nvidia.com/en-us/data-center/l40s/"},
    source{"nvidia-l40-datasheet", "NVIDIA L40 GPU datasheet", "NVIDIA", "2022",
           "https://www.nvidia.com/en-us/data-center/l40/"},
    source{"nvidia-l4-datasheet", "NVIDIA L4 Tensor Core GPU datasheet", "NVIDIA", "2023",
           "https://www.nvidia.com/en-us/data-center/l4/"},
    source{"nvidia-rtx6000-ada-datasheet", "NVIDIA RTX 6000 Ada Generation datasheet", "NVIDIA", "2022",
           "https://www.nvidia.com/en-us/design-visualization/rtx-6000/"},
    source{"nvidia-rtx-blackwell-whitepaper", "NVIDIA RTX Blackwell GPU Architecture (whitepaper)", "NVIDIA", "2025",
           "https://images.nvidia.com/aem-dam/Solutions/geforce/blackwell/nvidia-rtx-blackwell-gpu-architecture.pdf"},
    source{"nvidia-rtx-pro-6000-page", "NVIDIA RTX PRO 6000 Blackwell Server Edition", "NVIDIA", "2025",
           "https://www.nvidia.com/en-us/data-center/rtx-pro-6000-blackwell-server-edition/"},
    source{"lockwood-blackwell", "Glenn K. Lockwood, B200 and B300 processor notes", "glennklockwood.com", "2025",
           "https://glennklockwood.com/garden/processors/B200"},
    source{"verda-gb300", "GB300 NVL72 architecture: per-GPU dense throughput", "Verda", "2025",
           "https://verda.com/blog/gb300-nvl72-architecture"},
    source{"lynskey-blackwell", "NVIDIA Blackwell low-level notes (die size estimate)", "B. J. Lynskey", "2025",
           "https://brendanjameslynskey.github.io/NVIDIA_GPU_32_Blackwell_Low_Level/"},
    source{"tomshardware-h20",
           "New Nvidia AI GPUs designed to get around US export bans come to China: H20, L20 and L2", "Tom's Hardware",
           "2024",
           "https://www.tomshardware.com/pc-components/gpus/"
           "new-nvidia-ai-gpus-designed-to-get-around-us-export-bans-come-to-china-h20-l20-and-l2-to-fill-void-left-by-"
           "restricted-models"},
    source{"semianalysis-h20",
           "NVIDIA's tweaked H20 AI GPU enters mass production in Q2 2024, destined for China (relays SemiAnalysis's "
           "figures)",
           "TweakTown", "2024",
           "https://www.tweaktown.com/news/95224/"
           "nvidias-tweaked-h20-ai-gpu-enters-mass-production-in-q2-2024-destined-for-china/index.html"},
    source{"whatpsu-h20", "NVIDIA will sell more than one million H20 GPUs to China", "WhatPSU", "2023",
           "https://in.whatpsu.com/articles/"
           "1176-NVIDIA-will-sell-more-than-one-million-H20-GPUs-to-China-resulting-in-12-billion-in-revenue"},
    source{"philisun-h800", "NVIDIA H800 vs H100: a technical deep dive", "Philisun", "2024",
           "https://www.philisun.com/technical-analysis/"
           "nvidia-h800-vs-h100-a-technical-deep-dive-into-politically-defined-ai-chips/"},
    source{"tweakers-a800", "Nvidia introduceert A800-gpu voor China", "Tweakers", "2022-11",
           "https://tweakers.net/nieuws/203182/"
           "nvidia-introduceert-a800-gpu-voor-china-die-niet-onder-exportrestricties-vs-valt.html"},
    source{"tomshardware-4090d", "Nvidia reportedly creating RTX 4090 D to comply with US export regulations",
           "thetechnicalissue.com (reprint of a Tom's Hardware article)", "2023-11",
           "https://thetechnicalissue.com/"
           "nvidia-reportedly-creating-new-rtx-4090-d-dragon-gpu-to-comply-with-us-export-regulations-for-china/"},
    source{"winbuzzer-4090d", "Nvidia releases downgraded RTX 4090D GPU for compliance with US-China export controls",
           "WinBuzzer", "2023-12-29",
           "https://winbuzzer.com/2023/12/29/"
           "nvidia-releases-downgraded-rtx-4090d-gpu-for-compliance-with-us-china-export-controls-xcxwbn/"},
    source{
        "tomshw-it-4090d", "Anche la RTX 4090D e' illegale?", "Tom's Hardware Italia", "2024-04-04",
        "https://www.tomshw.it/hardware/anche-la-rtx-4090d-e-illegale-gli-usa-vietano-le-gpu-sopra-i-70-teraflops-in-"
        "cina-2024-04-04"},
    source{"tomshardware-5090d", "Nvidia RTX 5090D V2 limits AI performance even more", "Tom's Hardware", "2025-08",
           "https://www.tomshardware.com/pc-components/gpus/"
           "nvidia-rtx-5090d-v2-limits-ai-performance-even-more-with-25-percent-less-vram-and-bandwidth-downgraded-"
           "gaming-flagship-keeps-same-usd2299-msrp-in-china"},
    source{"tomshardware-2026", "U.S. posts official H200 and MI325X AI GPU export rules to China", "Tom's Hardware",
           "2026-01",
           "https://www.tomshardware.com/tech-industry/artificial-intelligence/"
           "u-s-posts-official-h200-and-mi325x-ai-gpu-export-rules-to-china-but-with-plenty-of-caveats-a-string-of-"
           "requirments-greatly-limits-the-total-number-of-gpus-that-can-be-shipped-to-china"},
    source{"bis-2026", "Revision to License Review Policy for Advanced Computing Commodities (91 FR 1684)",
           "Bureau of Industry and Security, Federal Register", "2026-01-15",
           "https://www.federalregister.gov/documents/2026/01/15/2026-00789/"
           "revision-to-license-review-policy-for-advanced-computing-commodities"},
    source{"epoch-chips", "Epoch AI machine learning hardware dataset", "Epoch AI", "2025",
           "https://epoch.ai/data/machine-learning-hardware"},
    // AMD
    source{"amd-mi100-datasheet", "AMD Instinct MI100 accelerator specifications", "AMD", "2020",
           "https://www.amd.com/en/products/accelerators/instinct/mi100.html"},
    source{"amd-mi200-specs", "AMD Instinct MI210, MI250 and MI250X specifications", "AMD", "2022",
           "https://www.amd.com/en/products/accelerators/instinct/mi200.html"},
    source{"anandtech-mi210", "AMD releases Instinct MI210 accelerator: CDNA 2 on a PCIe card", "AnandTech",
           "2022-03-22",
           "https://www.anandtech.com/show/17326/amd-releases-instinct-mi210-accelerator-cdna-2-on-a-pcie-card"},
    source{"techpowerup-gpudb", "TechPowerUp GPU database (die sizes)", "TechPowerUp", "2024",
           "https://www.techpowerup.com/gpu-specs/"},
    source{"amd-mi300x-datasheet", "AMD Instinct MI300X accelerator datasheet", "AMD", "2023",
           "https://www.amd.com/content/dam/amd/en/documents/instinct-tech-docs/data-sheets/"
           "amd-instinct-mi300x-data-sheet.pdf"},
    source{"amd-mi300a-datasheet", "AMD Instinct MI300A APU datasheet", "AMD", "2023",
           "https://www.amd.com/content/dam/amd/en/documents/instinct-tech-docs/data-sheets/"
           "amd-instinct-mi300a-data-sheet.pdf"},
    source{"amd-mi325x-page", "AMD Instinct MI325X accelerator specifications", "AMD", "2024",
           "https://www.amd.com/en/products/accelerators/instinct/mi300/mi325x.html"},
    source{"amd-mi355x-page", "AMD Instinct MI355X accelerator specifications", "AMD", "2025",
           "https://www.amd.com/en/products/accelerators/instinct/mi350/mi355x.html"},
    source{"semianalysis-mi300", "AMD MI300: taming the hype (chiplet die areas)", "SemiAnalysis", "2023",
           "https://newsletter.semianalysis.com/p/amd-mi300-taming-the-hype-ai-performance"},
    source{"isscc-mi355x",
           "ISSCC 2026: AMD discloses how the Instinct MI355X doubled per-CU throughput despite lower compute unit "
           "count",
           "3DTested (copy of a Tom's Hardware article)", "2026",
           "https://www.3dtested.com/tech-industry/semiconductors/inside-the-instinct-mi355x"},
    // Intel
    source{"intel-gaudi2-whitepaper", "Habana Gaudi2 white paper", "Habana Labs (Intel); copy hosted on Scribd",
           "2022-05", "https://www.scribd.com/document/752234452/gaudi2-whitepaper"},
    source{"technode-gaudi2-china", "Intel launches Habana Gaudi 2 deep learning accelerator card for Chinese market",
           "TechNode", "2023-07-12",
           "https://technode.com/2023/07/12/intel-launches-habana-gaudi-2-deep-learning-accelerator-card-for-chinese-"
           "market/"},
    source{
        "intel-gaudi3-whitepaper", "Intel Gaudi 3 AI Accelerator white paper", "Intel", "2024",
        "https://www.intel.com/content/www/us/en/content-details/817486/intel-gaudi-3-ai-accelerator-white-paper.html"},
    source{"spectrum-gaudi3", "Intel's Gaudi 3 goes after Nvidia (two-die package)", "IEEE Spectrum", "2024-04",
           "https://spectrum.ieee.org/intel-gaudi-3"},
    // Huawei
    source{"cset-ascend", "Pushing the limits: Huawei's AI chip tests U.S. export controls",
           "CSET, Georgetown University", "2024",
           "https://cset.georgetown.edu/publication/pushing-the-limits-huaweis-ai-chip-tests-u-s-export-controls/"},
    source{"kurnal-910b", "Huawei's homegrown AI chip examined: SMIC-produced Ascend 910B (die shot)",
           "bytefeed.ai (rewrite of a Tom's Hardware article; die-shot measurements by Kurnal)", "2024",
           "https://bytefeed.ai/technology/"
           "huaweis-homegrown-ai-chip-examined-chinese-fab-smic-produced-ascend-910b-is-massively-different-from-the-"
           "tsmc-produced-ascend-910/"},
    source{"huawei-atlas-a3", "Atlas 900 A3 SuperPoD", "Huawei", "2025",
           "https://e.huawei.com/cn/products/computing/ascend/atlas-900-a3-superpod"},
    source{"arxiv-cloudmatrix384", "Serving Large Language Models on Huawei CloudMatrix384 (arXiv:2506.12708)",
           "Huawei, SiliconFlow", "2025-06", "https://arxiv.org/abs/2506.12708"},
    // Google
    source{"gcp-tpu-v4", "Cloud TPU v4", "Google Cloud", "2023", "https://cloud.google.com/tpu/docs/v4"},
    source{"gcp-tpu-v5e", "Cloud TPU v5e", "Google Cloud", "2024", "https://cloud.google.com/tpu/docs/v5e"},
    source{"gcp-tpu-v5p", "Cloud TPU v5p", "Google Cloud", "2024", "https://docs.cloud.google.com/tpu/docs/v5p"},
    source{"gcp-tpu-v6e", "Cloud TPU v6e (Trillium)", "Google Cloud", "2025", "https://cloud.google.com/tpu/docs/v6e"},
    // AWS
    source{"aws-trainium2", "Trainium2 architecture (AWS Neuron documentation)", "Amazon Web Services", "2025",
           "https://awsdocs-neuron.readthedocs-hosted.com/en/latest/about-neuron/arch/neuron-hardware/trainium2.html"},
    // Cerebras
    source{"cerebras-wse3", "Cerebras announces third generation wafer scale engine", "Cerebras Systems", "2024-03-13",
           "https://www.cerebras.ai/press-release/cerebras-announces-third-generation-wafer-scale-engine"},
    // Cambricon
    source{"cambricon-mlu370", "MLU370-X8 intelligent accelerator card", "Cambricon", "2022",
           "https://www.cambricon.com/index.php?m=content&c=index&a=lists&catid=406"},
    // Added for the policy and catalog review (issue 10)
    source{"amd-cdna4-whitepaper", "AMD CDNA 4 Architecture (whitepaper)", "AMD", "2025",
           "https://www.amd.com/content/dam/amd/en/documents/instinct-tech-docs/white-papers/"
           "amd-cdna-4-architecture-whitepaper.pdf"},
    source{"tomshardware-mi250x-pictured", "AMD's Instinct MI250X pictured (GCD area estimated from photos)",
           "Tom's Hardware", "2021-11", "https://www.tomshardware.com/news/amd-instinct-mi250x-pictured"},
    // Audit of 2026-12 and the parts added then
    source{"borimooc-910b", "Ascend 910B in depth: FP16 320 TFLOPS, INT8 640 TOPS (blog; bin not named)",
           "borimooc.com", "2025-02-25", "https://borimooc.com/mNoticeDetail/1187.htm"},
    source{"besthub-ascend-2025",
           "Huawei Ascend AI chip specs comparison and 2025-2028 roadmap (summary of the Huawei Connect 2025 keynote)",
           "besthub.dev", "2025-09",
           "https://www.besthub.dev/articles/"
           "huawei-ascend-ai-chip-detailed-specs-comparison-2025-2028-roadmap-a247a4760c30"},
    source{"evertiq-910d", "Report: Huawei develops new AI chip to compete with Nvidia (Ascend 910D)", "Evertiq",
           "2025-04-28",
           "https://evertiq.com/news/2025-04-28-report-huawei-develops-new-ai-chip-to-compete-with-nvidia"},
    source{"bis-gp10-guidance-2025",
           "Guidance on application of General Prohibition 10 to PRC advanced-computing ICs (names Ascend 910B, 910C, "
           "910D; text not read, known from reports)",
           "Bureau of Industry and Security", "2025-05-13", "https://www.bis.gov/"},
    source{"theoutpost-mi308", "AMD faces $800 million charge as US tightens AI chip export controls to China (MI308)",
           "The Outpost", "2025-04-16",
           "https://theoutpost.ai/news-story/"
           "amd-faces-800-million-charge-as-us-tightens-ai-chip-export-controls-to-china-14428"},
    source{"bnn-b30a", "Nvidia working on new AI chip for China that outperforms the H20, sources say (Reuters)",
           "BNN Bloomberg", "2025-08-19",
           "https://www.bnnbloomberg.ca/business/2025/08/19/"
           "nvidia-working-on-new-ai-chip-for-china-that-outperforms-the-h20-sources-say/"},
    source{"coinpaper-rtx6000d", "China blocks Nvidia's RTX Pro 6000D as local chips rise", "Coinpaper", "2025-09",
           "https://coinpaper.com/11072/china-blocks-nvidia-s-rtx-pro-6000-d-as-local-chips-rise"},
    source{"rocm-gpu-specs", "GPU hardware specifications (ROCm documentation)", "AMD", "2026",
           "https://rocm.docs.amd.com/en/7.13.0-preview/reference/gpu-specs.html"},
    source{"tomshardware-mi355x", "AMD's Instinct MI355X accelerator will consume 1,400 watts", "Tom's Hardware",
           "2025-06",
           "https://www.tomshardware.com/pc-components/gpus/amds-instinct-mi355x-accelerator-will-consume-1-400-watts"},
    source{"theregister-mi355x", "AMD's MI355X and MI350X (Advancing AI 2025 launch report)", "The Register",
           "2025-06-12", "https://www.theregister.com/2025/06/12/amd_mi355x/"},
    source{"techpowerup-mi350-silicon",
           "AMD Instinct MI350X series AI GPU silicon detailed (TechPowerUp text, reproduced)", "whatpsu.com",
           "2025-08",
           "https://de.whatpsu.com/articles/"
           "1768-Detailed-information-on-the-silicon-of-the-AMD-Instinct-MI350X-Series-AI-GPU"},
    source{"jax-tpu-info", "Pallas Mosaic TPU hardware table (jax/_src/pallas/mosaic/tpu_info.py)",
           "Google (jax-ml/jax)", "2026", "https://github.com/jax-ml/jax/blob/main/jax/_src/pallas/mosaic/tpu_info.py"},
    source{"gcp-tpu7x", "TPU7x (Ironwood)", "Google Cloud", "2025", "https://docs.cloud.google.com/tpu/docs/tpu7x"},
    source{"pakinomist-ironwood", "Ironwood TPU details (Hot Chips 2025 report)", "pakinomist.com", "2025-08",
           "https://pakinomist.com/"
           "ironwood-tpu-details-show-googles-most-powerful-supercomputer-to-date-with-1-77pb-shared-memory-across-"
           "9216-chips-that-set-a-new-world-record"},
    source{"siliconangle-ironwood", "Google's cloud-based AI Hypercomputer gets new workhorse: Ironwood TPU",
           "SiliconANGLE", "2025-04-09",
           "https://siliconangle.com/2025/04/09/googles-cloud-based-ai-hypercomputer-gets-new-workhorse-ironwood-tpu"},
    source{"aws-trainium3", "Trainium3 architecture (AWS Neuron documentation)", "Amazon Web Services", "2025-12-02",
           "https://awsdocs-neuron.readthedocs-hosted.com/en/latest/about-neuron/arch/neuron-hardware/trainium3.html"},
    source{"aws-trainium3-nki", "Trainium3 architecture (NKI guide)", "Amazon Web Services", "2025",
           "https://awsdocs-neuron.readthedocs-hosted.com/en/latest/nki/about/trainium3_arch.html"},
    source{"aiwire-trainium3", "AWS Trainium3 UltraServers (AIwire report, reproduced)", "buzzbytech.com", "2025-12",
           "https://buzzbytech.com/?p=9439"},
    source{"thelettertwo-trainium3", "AWS Trainium3 UltraServers generally available; Trainium4 preview",
           "The Letter Two", "2025-12-02",
           "https://thelettertwo.com/2025/12/02/aws-trainium3-ultraservers-trainium4-preview/"},
    source{"aws-trainium", "Trainium architecture (AWS Neuron documentation)", "Amazon Web Services", "2025",
           "https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/trainium.html"},
    source{"aws-trainium-2023", "Trainium architecture (AWS Neuron documentation, release 2.9.1)",
           "Amazon Web Services", "2023",
           "https://awsdocs-neuron.readthedocs-hosted.com/en/v2.9.1/_sources/general/arch/neuron-hardware/"
           "trainium.rst.txt"},
    source{"aws-inferentia2", "Inferentia2 architecture (AWS Neuron documentation)", "Amazon Web Services", "2025",
           "https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/inferentia2.html"},
    source{"cloudoptimo-trainium", "Amazon's custom ML accelerators: AWS Trainium and Inferentia", "CloudOptimo",
           "2024", "https://cloudoptimo.com/blog/amazons-custom-ml-accelerators-aws-trainium-and-inferentia"},
    source{"zephtech-inf2", "AWS EC2 Inf2 preview (re:Invent 2022)", "zephtech.net", "2022-11-30",
           "https://zephtech.net/feed/2022-11-30-aws-ec2-inf2-trainium-ml-inference.html"},
    source{"microsoft-maia100-hotchips", "Inside Maia 100: Microsoft's spec slide (Hot Chips 2024 deck, reproduced)",
           "Microsoft (via sgpjbg.com)", "2024-08", "https://www.sgpjbg.com/bgdown/464893.html?dtype=0"},
    source{"hostzealot-maia100", "Microsoft announced the first AI chip, Maia 100 (Ignite 2023)", "HostZealot",
           "2023-11", "https://hostzealot.com/blog/news/microsoft-announced-the-first-ai-chip-maia-100"},
    source{"inelectronics-maia200", "Microsoft Maia 200 inference accelerator", "inelectronics.co.uk", "2026-01",
           "https://www.inelectronics.co.uk/?p=424784"},
    source{"taiwannews-maia200", "Microsoft launches Maia 200 AI chip", "Taiwan News", "2026-01-26",
           "https://www.taiwannews.com.tw/news/6291442"},
    source{"globalpractice-maia200",
           "Microsoft's Maia 200 promises Blackwell levels of performance for two-thirds the power",
           "The Global Practice", "2026-01-27",
           "https://theglobalpractice.com/2026/01/27/"
           "microsofts-maia-200-promises-blackwell-levels-of-performance-for-two-thirds-the-power"},
    source{"icwells-mtia", "Meta MTIA v1 (summary of Meta's announcement)", "icwells.com", "2023-05",
           "http://icwells.com/en/103.html"},
    source{"hada-mtia", "MTIA v1: Meta's first-generation AI inference accelerator (news item)",
           "GeekNews (news.hada.io)", "2023-05-24", "https://news.hada.io/topic/9246.md"},
    source{"eenews-mtia2", "Meta launches second-generation custom AI chip", "eeNews Europe", "2024-04",
           "https://www.eenewseurope.com/en/meta-launches-second-generation-custom-ai-chip/"},
    source{"techpowerup-mtia2", "Meta's next-generation MTIA (news report with Meta's table)", "TechPowerUp", "2024-04",
           "https://techpowerup.com/news-tags/Triton"},
    source{"groq-isca-2020", "Groq at ISCA 2020: the Tensor Streaming Processor", "Groq", "2020",
           "https://groq.com/isca-2020-conference/"},
    source{"techpowerup-groq", "Groq LPU figures (TechPowerUp news)", "TechPowerUp", "2024",
           "https://techpowerup.com/news-tags/Processor?page=3"},
    source{"techspot-groq", "Groq launches the first AI accelerator card capable of 1 PetaOPS", "TechSpot", "2020-01",
           "https://www.techspot.com/news/83719-groq-launches-first-ai-accelerator-card-capable-1.html"},
    source{"aiwiki-groq", "Groq LPU", "AI Wiki (aiwiki.ai)", "2026", "https://aiwiki.ai/wiki/groq_lpu"},
    source{"sambanova-hotchips-2024", "SambaNova SN40L (Hot Chips 2024 slides, reproduced)",
           "SambaNova (via sgpjbg.com)", "2024-08", "https://www.sgpjbg.com/baogao/465014.html"},
    source{"aiwiki-sn40l", "SambaNova SN40L", "AI Wiki (aiwiki.ai)", "2026", "https://aiwiki.ai/wiki/sambanova_sn40l"},
    source{"tomshardware-br100",
           "Chinese Biren rolls out new GPUs with 77 billion transistors, 2 PFLOPS of AI performance", "Tom's Hardware",
           "2022-08-10",
           "https://www.tomshardware.com/news/"
           "chinese-biren-rolls-out-new-gpus-with-77-billion-transistors-2-pflops-of-ai-performance"},
    source{"chipsandcheese-br100",
           "Hot Chips 34: Biren's BR100, a machine learning GPU from China (Chips and Cheese, reproduced)", "vuink.com",
           "2022-10-04",
           "https://vuink.com/post/puvcfnaqpurrfr-d-dpbz/2022/10/04/"
           "hot-chips-34-birens-br100-a-machine-learning-gpu-from-china"},
    source{"iotech-s4000", "Moore Threads launches the MTT S4000 compute card and KUAE clusters", "io-tech.fi",
           "2023-12",
           "https://www.io-tech.fi/uutinen/"
           "moore-threads-julkaisi-uuden-mtt-s4000-laskentakortin-ja-kuae-intelligent-computing-center-"
           "palvelinklusterit/"},
    source{"hmc-tech-a800", "NVIDIA A800 specifications (aggregator)", "hmc-tech.com", "2025",
           "https://hmc-tech.com/gpu/nvidia-a800-vs-nvidia-t40"},
    source{"aiwiki-a800", "NVIDIA A800", "AI Wiki (aiwiki.ai)", "2026", "https://aiwiki.ai/wiki/nvidia_a800"},
    source{"aiwiki-h800", "NVIDIA H800", "AI Wiki (aiwiki.ai)", "2026", "https://aiwiki.ai/wiki/nvidia_h800"},
    source{"fixstars-rtx-pro-6000",
           "What kind of GPU is the NVIDIA RTX PRO 6000 Blackwell Max-Q? (quotes NVIDIA's datasheet)", "Fixstars",
           "2025", "https://blog.us.fixstars.com/what-kind-of-gpu-is-the-nvidia-rtx-pro-6000-blackwell-max-q"},
    source{"hmc-tech-rtx-pro-6000",
           "NVIDIA RTX PRO 6000 Blackwell specifications (aggregator; dense and sparse listed)", "hmc-tech.com", "2025",
           "https://hmc-tech.com/gpu/nvidia-rtx-pro-6000-blackwell-vs-amd-radeon-pro-duo-polaris"},
    source{"gpuname-rtx-pro-6000", "NVIDIA unveils RTX PRO 6000 Blackwell GPU with 24,064 cores and 96 GB memory",
           "gpu.name", "2025-03",
           "https://gpu.name/posts/nvidia-unveils-rtx-pro-6000-blackwell-gpu-with-24-064-cores-and-96gb-memory"},
};

// The catalog's as-of date: the day its figures and sources were last checked.
inline constexpr std::string_view as_of = "2026-12-04";

// The sources whose URL was seen, with the content the catalog cites, when the catalog was last
// checked (as_of). Every other URL is unverified: it is the publisher's page as recorded when the
// value was entered, and the JSON and the report say so ("url_verified": false).
// Added on 2026-12-04 after reading: Google's v5p and TPU7x pages, AWS's Neuron pages for Trainium,
// Trainium2, Trainium3 and Inferentia2, Groq's ISCA page, and Tom's Hardware Italia on the 4090D.
inline constexpr std::string_view verified_urls[] = {
    "tomshardware-h20",
    "semianalysis-h20",
    "tomshardware-4090d",
    "winbuzzer-4090d",
    "tomshardware-2026",
    "isscc-mi355x",
    "intel-gaudi2-whitepaper",
    "technode-gaudi2-china",
    "cset-ascend",
    "kurnal-910b",
    "gcp-tpu-v5p",
    "gcp-tpu7x",
    "aws-trainium2",
    "aws-trainium3",
    "aws-trainium3-nki",
    "aws-trainium",
    "aws-trainium-2023",
    "aws-inferentia2",
    "groq-isca-2020",
    "tomshw-it-4090d",
    "jax-tpu-info",
};

constexpr bool url_verified(std::string_view id) noexcept {
  for (const std::string_view v : verified_urls) {
    if (v == id) return true;
  }
  return false;
}

// The citation with that id, or nullptr.
constexpr const source* find_source(std::string_view id) noexcept {
  for (const source& s : sources) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

}  // namespace accelspec::catalog
